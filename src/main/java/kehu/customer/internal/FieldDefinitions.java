package kehu.customer.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface FieldDefinitions extends JpaRepository<FieldDefinition, Long> {

    List<FieldDefinition> findAllByOrderBySortOrderAscIdAsc();

    List<FieldDefinition> findByActiveTrueOrderBySortOrderAscIdAsc();

    Optional<FieldDefinition> findByCode(String code);

    boolean existsByCode(String code);
}
