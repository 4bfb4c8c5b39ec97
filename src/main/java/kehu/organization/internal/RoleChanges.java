package kehu.organization.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RoleChanges extends JpaRepository<RoleChange, Long> {

    List<RoleChange> findByStaffIdOrderByIdDesc(Long staffId);

    boolean existsByStaffIdAndStatus(Long staffId, RoleChange.Status status);
}
