package kehu.customer.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface Customers extends JpaRepository<Customer, Long>, JpaSpecificationExecutor<Customer> {

    /** How many customers a manager owns (for the claim limit); closed and merged ones do not count. */
    @Query("select count(c) from Customer c where c.ownerStaffId = :staffId and c.status <> kehu.customer.CustomerStatus.CLOSED"
            + " and c.mergedIntoId is null")
    long countOwnedBy(long staffId);

    List<Customer> findByIdIn(Collection<Long> ids);

    @Query("select c.id from Customer c join c.contacts k where k.id = :contactId")
    java.util.Optional<Long> findCustomerIdOfContact(long contactId);

    /** Owned, open customers of a class not attended since {@code cutoff} and not yet warned (CUS-5 pool recycling). */
    @Query("""
            select c.id from Customer c where c.ownerStaffId is not null and c.poolWarnedAt is null and c.mergedIntoId is null
              and c.status in (kehu.customer.CustomerStatus.POTENTIAL, kehu.customer.CustomerStatus.ACTIVE,
                               kehu.customer.CustomerStatus.DORMANT)
              and c.abcClass = :abc
              and (c.lastFollowUpAt is null or c.lastFollowUpAt < :cutoff) and (c.assignedAt is null or c.assignedAt < :cutoff)
            order by c.id""")
    List<Long> dueForPoolWarning(kehu.customer.AbcClass abc, java.time.Instant cutoff, org.springframework.data.domain.Limit limit);

    /** The same for customers without an ABC class. */
    @Query("""
            select c.id from Customer c where c.ownerStaffId is not null and c.poolWarnedAt is null and c.mergedIntoId is null
              and c.status in (kehu.customer.CustomerStatus.POTENTIAL, kehu.customer.CustomerStatus.ACTIVE,
                               kehu.customer.CustomerStatus.DORMANT)
              and c.abcClass is null
              and (c.lastFollowUpAt is null or c.lastFollowUpAt < :cutoff) and (c.assignedAt is null or c.assignedAt < :cutoff)
            order by c.id""")
    List<Long> dueForPoolWarningUnclassified(java.time.Instant cutoff, org.springframework.data.domain.Limit limit);

    /** Warned customers whose warning is at least {@code warnedBefore} old: candidates for the return to the pool. */
    @Query("""
            select c.id from Customer c where c.ownerStaffId is not null and c.poolWarnedAt is not null and c.mergedIntoId is null
              and c.poolWarnedAt <= :warnedBefore order by c.id""")
    List<Long> warnedForPoolReturn(java.time.Instant warnedBefore, org.springframework.data.domain.Limit limit);
}
