package kehu.organization.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Positions extends JpaRepository<Position, Long> {

    Optional<Position> findByName(String name);

    List<Position> findAllByOrderByNameAsc();
}
