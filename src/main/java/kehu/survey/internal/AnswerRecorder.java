package kehu.survey.internal;

import java.time.Clock;

import kehu.shared.AuditableAction;
import kehu.shared.DomainException;
import kehu.shared.NotFoundException;
import kehu.shared.PersistenceConfiguration;
import kehu.survey.AnswerSheet;
import kehu.survey.Questionnaire;
import kehu.survey.SurveyAnswered;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores an answer set after checking it against its frozen questionnaire version ({@link AnswerCheck}),
 * marks it for follow-up ({@link FollowUpPolicy}), audits it and publishes {@link SurveyAnswered}. Callers
 * add what their kind of answer set needs (a campaign response publishes more).
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class AnswerRecorder {

    private final TemplateVersions versions;
    private final AnswerSets answerSets;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AnswerRecorder(TemplateVersions versions, AnswerSets answerSets, ApplicationEventPublisher events, Clock clock) {
        this.versions = versions;
        this.answerSets = answerSets;
        this.events = events;
        this.clock = clock;
    }

    /** A frozen version, or not found (a draft cannot be answered). */
    public Questionnaire frozen(long versionId) {
        return versions.findById(versionId).filter(v -> v.getStatus().frozen()).map(TemplateVersion::view)
                .orElseThrow(() -> new NotFoundException("surveyTemplateVersion", versionId));
    }

    public AnswerSet record(Questionnaire questionnaire, AnswerSheet sheet, Long campaignId, Long customerId,
                            String originModule, String originReference) {
        if (!questionnaire.status().frozen()) {
            throw new DomainException("survey.answer.draftVersion");
        }
        var answers = AnswerCheck.answers(questionnaire, sheet);
        if (answers.isEmpty()) {
            throw DomainException.invalid("answers", "survey.answer.empty");
        }
        var now = clock.instant();
        var issues = FollowUpPolicy.issueItems(questionnaire, answers);
        AnswerSet set;
        try {
            set = answerSets.saveAndFlush(new AnswerSet(questionnaire.versionId(), campaignId, customerId, originModule,
                    originReference, now, answers, issues));
        } catch (DataIntegrityViolationException raced) {
            // someone recorded the same customer (or origin reference) at the same moment
            throw campaignId != null ? DomainException.invalid("customerId", "survey.response.duplicate")
                    : DomainException.invalid("reference", "survey.answer.duplicateOrigin");
        }
        events.publishEvent(AuditableAction.of("survey.answers.record", PersistenceConfiguration.currentActor(),
                "surveyAnswerSet", set.getId(), null,
                "version=" + questionnaire.versionId() + ", campaign=" + campaignId + ", customer=" + customerId
                        + ", origin=" + originModule + (originReference == null ? "" : ":" + originReference)
                        + ", answers=" + answers.size() + ", followUp=" + set.isFollowUp(), now));
        events.publishEvent(new SurveyAnswered(set.getId(), questionnaire.versionId(), campaignId, customerId,
                originModule, originReference, set.isFollowUp(), now));
        return set;
    }
}
