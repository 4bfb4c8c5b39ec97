package kehu.platform.calendar;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface BusinessHoursSettings extends JpaRepository<BusinessHoursSetting, Long> {

    Optional<BusinessHoursSetting> findFirstByOrderByIdAsc();
}
