package kehu.platform.reference;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface DictionaryItems extends JpaRepository<DictionaryItem, Long> {

    Optional<DictionaryItem> findByTypeIdAndCode(long typeId, String code);

    boolean existsByTypeIdAndCode(long typeId, String code);

    boolean existsByTypeIdAndParentCodeIsNotNull(long typeId);

    List<DictionaryItem> findByTypeId(long typeId);
}
