package kehu.platform.approval;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApprovalChains extends JpaRepository<ApprovalChain, Long> {

    Optional<ApprovalChain> findByBusinessType(String businessType);

    Optional<ApprovalChain> findByBusinessTypeAndActiveTrue(String businessType);

    boolean existsByBusinessType(String businessType);

    List<ApprovalChain> findAllByOrderByBusinessTypeAsc();
}
