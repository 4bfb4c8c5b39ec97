package kehu.platform.reference;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface DictionaryTypes extends JpaRepository<DictionaryType, Long> {

    Optional<DictionaryType> findByCode(String code);

    boolean existsByCode(String code);

    List<DictionaryType> findAllByOrderByIdAsc();
}
