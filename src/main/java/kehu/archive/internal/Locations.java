package kehu.archive.internal;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface Locations extends JpaRepository<Location, Long> {

    List<Location> findAllByOrderByPath();

    boolean existsByPath(String path);

    boolean existsByParentId(long parentId);

    boolean existsByKindAndClosedSectionTrue(kehu.archive.LocationKind kind);

    /** The box, locked until the transaction ends (checking and changing what it holds). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select l from Location l where l.id = ?1")
    Optional<Location> lockById(long id);
}
