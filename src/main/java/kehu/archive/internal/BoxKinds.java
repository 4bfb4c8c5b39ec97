package kehu.archive.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BoxKinds extends JpaRepository<BoxKind, Long> {

    List<BoxKind> findAllByOrderBySortOrder();

    Optional<BoxKind> findByCode(String code);
}
