package kehu.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import kehu.shared.DomainException;
import kehu.shared.FieldViolation;
import kehu.shared.NotFoundException;
import kehu.support.KehuTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The API other modules use (the service desk's return visits): read a frozen version, record answers on it. */
@KehuTest
@RecordApplicationEvents
class QuestionnairesApiTests {

    @Autowired Questionnaires api;
    @Autowired QuestionnaireManagement questionnaires;
    @Autowired ApplicationEvents events;

    @Test
    @WithUserDetails("supervisor")
    void answersAreRecordedOnTheVersionTheyWereGivenOnAndReadBack() {
        long templateId = questionnaires.create(SurveyFixtures.everyKind("回访问卷"));
        long draftId = questionnaires.get(templateId).latest().versionId();
        assertThatThrownBy(() -> api.published(draftId)).isInstanceOf(NotFoundException.class);
        assertThat(api.currentVersion(templateId)).isEmpty();

        var v1 = questionnaires.publish(templateId);
        assertThat(api.currentVersion(templateId)).map(Questionnaire::versionId).contains(v1.versionId());
        var q = api.published(v1.versionId());
        long scale = q.items().get(0).id();
        long yesNo = q.items().get(1).id();
        long nps = q.items().get(4).id();
        long text = q.items().get(5).id();
        var reference = "visit-" + UUID.randomUUID();

        long id = api.record(v1.versionId(), new AnswerSheet(Map.of(scale, List.of("5"), yesNo, List.of("yes"),
                nps, List.of("6"), text, List.of("满意")), Set.of()), new AnswerOrigin("servicedesk", reference, 7L));
        var set = api.answerSet(id);
        assertThat(set.templateVersionId()).isEqualTo(v1.versionId());
        assertThat(set.answers()).containsEntry(scale, List.of("5")).containsEntry(yesNo, List.of("yes"));
        assertThat(set.issueItemIds()).containsExactly(nps);
        assertThat(set.originModule()).isEqualTo("servicedesk");
        assertThat(set.customerId()).isEqualTo(7L);
        assertThat(events.stream(SurveyAnswered.class).filter(e -> e.answerSetId() == id)).singleElement()
                .satisfies(e -> assertThat(e.followUp()).isTrue());
        assertThat(events.stream(SurveyIssueRaised.class)).isEmpty();

        // the same origin record is recorded once
        assertThatThrownBy(() -> api.record(v1.versionId(), new AnswerSheet(Map.of(scale, List.of("4"), yesNo,
                List.of("yes"), nps, List.of("9")), Set.of()), new AnswerOrigin("servicedesk", reference, 7L)))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).violations()).extracting(FieldViolation::messageKey)
                        .containsExactly("survey.answer.duplicateOrigin"));

        // a new version supersedes version 1; answers on version 1 are still taken and still read as given
        questionnaires.edit(templateId, new TemplateForm("回访问卷", null,
                List.of(new ItemDraft(ItemKind.SCALE, "总体满意度", true, List.of()))));
        var v2 = questionnaires.publish(templateId);
        assertThat(api.published(v1.versionId()).status()).isEqualTo(VersionStatus.SUPERSEDED);
        long late = api.record(v1.versionId(), new AnswerSheet(Map.of(scale, List.of("3"), yesNo, List.of("no"),
                nps, List.of("8")), Set.of()), new AnswerOrigin("servicedesk", null, null));
        assertThat(api.answerSet(late).templateVersionId()).isEqualTo(v1.versionId());
        assertThat(api.answerSet(id).answers()).containsKey(scale);
        // an item of version 1 is not an item of version 2
        assertThatThrownBy(() -> api.record(v2.versionId(), new AnswerSheet(Map.of(scale, List.of("3"),
                v2.items().get(0).id(), List.of("3")), Set.of()), new AnswerOrigin("servicedesk", null, null)))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).violations()).extracting(FieldViolation::messageKey)
                        .containsExactly("survey.answer.unknownItem"));
    }

    @Test
    @WithUserDetails("supervisor")
    void theOriginIsRequiredAndAnEmptySheetIsRefused() {
        long templateId = questionnaires.create(new TemplateForm("可选题问卷", null,
                List.of(new ItemDraft(ItemKind.TEXT, "意见", false, List.of()))));
        var v = questionnaires.publish(templateId);
        assertThatThrownBy(() -> api.record(v.versionId(), new AnswerSheet(Map.of(), Set.of()),
                new AnswerOrigin(" ", null, null)))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).violations()).extracting(FieldViolation::field)
                        .containsExactly("module"));
        assertThatThrownBy(() -> api.record(v.versionId(), new AnswerSheet(Map.of(), Set.of()),
                new AnswerOrigin("servicedesk", null, null)))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).violations()).extracting(FieldViolation::messageKey)
                        .containsExactly("survey.answer.empty"));
    }
}
