package kehu.organization.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface StaffMembers extends JpaRepository<Staff, Long>, JpaSpecificationExecutor<Staff> {

    Optional<Staff> findByUsername(String username);

    boolean existsByUsername(String username);

    @Query("select s.id from Staff s where :roleId member of s.roleIds and s.enabled = true")
    List<Long> idsWithRole(Long roleId);

    List<Staff> findByIdIn(Collection<Long> ids);

    long countByUnitId(Long unitId);

    List<Staff> findByUnitIdAndEnabledTrueOrderByFullNameAsc(Long unitId);

    List<Staff> findByPositionIdAndEnabledTrueOrderByFullNameAsc(Long positionId);

    Page<Staff> findAll(Pageable pageable);
}
