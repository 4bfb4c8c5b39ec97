package kehu.archive.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LoanHolds extends JpaRepository<LoanHold, Long> {

    List<LoanHold> findByLoanId(long loanId);
}
