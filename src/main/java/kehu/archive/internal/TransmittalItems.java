package kehu.archive.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface TransmittalItems extends JpaRepository<TransmittalItem, Long> {

    List<TransmittalItem> findByTransmittalIdOrderByLineNo(long transmittalId);

    List<TransmittalItem> findByTransmittalIdInOrderByTransmittalIdAscLineNoAsc(Collection<Long> transmittalIds);

    /** The item, locked until the transaction ends (deciding it once). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from TransmittalItem i where i.id = ?1")
    Optional<TransmittalItem> lockById(long id);
}
