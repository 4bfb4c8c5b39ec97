package kehu.servicedesk.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReplyLetters extends JpaRepository<ReplyLetter, Long> {

    List<ReplyLetter> findByMatterIdOrderByIdAsc(long matterId);

    Optional<ReplyLetter> findByApprovalId(long approvalId);
}
