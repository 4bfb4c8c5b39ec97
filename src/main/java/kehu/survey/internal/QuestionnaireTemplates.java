package kehu.survey.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface QuestionnaireTemplates extends JpaRepository<QuestionnaireTemplate, Long> {
}
