package kehu.organization.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Units extends JpaRepository<Unit, Long> {

    Optional<Unit> findByCode(String code);

    boolean existsByCode(String code);

    List<Unit> findAllByOrderByDepthAscSortOrderAscNameAsc();

    @Query("select u.id from Unit u where u.path like concat(:path, '%')")
    List<Long> idsInSubtree(String path);

    @Query("select u from Unit u where u.path like concat(:path, '%') order by u.depth, u.sortOrder, u.name")
    List<Unit> findSubtree(String path);

    List<Unit> findByIdIn(Collection<Long> ids);
}
