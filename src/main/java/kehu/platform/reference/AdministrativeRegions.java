package kehu.platform.reference;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AdministrativeRegions extends JpaRepository<AdministrativeRegion, Long> {

    Optional<AdministrativeRegion> findByCode(String code);

    boolean existsByCode(String code);
}
