package kehu.archive.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LoanItems extends JpaRepository<LoanItem, Long> {

    List<LoanItem> findByLoanId(long loanId);

    List<LoanItem> findByLoanIdIn(Collection<Long> loanIds);
}
