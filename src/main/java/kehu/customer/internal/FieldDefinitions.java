package kehu.customer.internal;

import java.util.List;
import java.util.Optional;

import kehu.customer.FieldDefinitionView;
import kehu.shared.RequestMemo;

import org.springframework.data.jpa.repository.JpaRepository;

public interface FieldDefinitions extends JpaRepository<FieldDefinition, Long> {

    /** The key under which {@link #allViews()} is remembered for the rest of a web request. */
    String VIEWS_MEMO = "customer-field-definitions";

    /**
     * All definitions, active or not, in form order, read once per web request (the customer page needs
     * them for the fields, the history and the timeline). Whoever changes a definition forgets them.
     */
    default List<FieldDefinitionView> allViews() {
        return RequestMemo.get(VIEWS_MEMO, () -> findAllByOrderBySortOrderAscIdAsc().stream().map(FieldDefinition::view).toList());
    }

    List<FieldDefinition> findAllByOrderBySortOrderAscIdAsc();

    List<FieldDefinition> findByActiveTrueOrderBySortOrderAscIdAsc();

    Optional<FieldDefinition> findByCode(String code);

    boolean existsByCode(String code);
}
