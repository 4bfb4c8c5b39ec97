package kehu.survey.internal;

import java.time.LocalDate;
import java.util.List;

import kehu.survey.CampaignStatus;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Campaigns extends JpaRepository<Campaign, Long> {

    List<Campaign> findAllByOrderByStartsOnDescIdDesc();

    long countByStartsOnBetweenAndStatusNot(LocalDate from, LocalDate to, CampaignStatus status);
}
