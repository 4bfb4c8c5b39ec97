package kehu.survey;

import java.util.Optional;

import kehu.shared.DomainException;
import kehu.shared.FieldViolation;
import kehu.shared.NotFoundException;
import kehu.survey.internal.AnswerRecorder;
import kehu.survey.internal.AnswerSet;
import kehu.survey.internal.AnswerSets;
import kehu.survey.internal.AnswerViews;
import kehu.survey.internal.TemplateVersion;
import kehu.survey.internal.TemplateVersions;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The survey module's API for other modules (e.g. the service desk's return-visit questionnaires): read a
 * frozen questionnaire version and record a set of answers on it.
 *
 * <p>No permission check here: the calling module decides who may record. Answers are checked against the
 * version exactly as campaign responses are ({@link ItemKind}); bad answers throw a {@link DomainException}
 * with a field error {@code answers[<itemId>]} per problem, whose message names the item's number. An answer
 * set recorded here is audited and published as {@link SurveyAnswered}, but it does not go onto the customer
 * timeline and raises no {@link SurveyIssueRaised}: the calling module owns that record and decides
 * ({@link AnswerSetView#issueItemIds()} says which answers were low or flagged).
 */
@Service
@Transactional
public class Questionnaires {

    private final TemplateVersions versions;
    private final AnswerSets answerSets;
    private final AnswerRecorder recorder;

    Questionnaires(TemplateVersions versions, AnswerSets answerSets, AnswerRecorder recorder) {
        this.versions = versions;
        this.answerSets = answerSets;
        this.recorder = recorder;
    }

    /** A published (or since superseded) version; a draft or unknown version is not found. */
    @Transactional(readOnly = true)
    public Questionnaire published(long versionId) {
        return recorder.frozen(versionId);
    }

    /** The version of the template new answers should use: its published version, if any. */
    @Transactional(readOnly = true)
    public Optional<Questionnaire> currentVersion(long templateId) {
        return versions.findByTemplateIdAndStatus(templateId, VersionStatus.PUBLISHED).map(TemplateVersion::view);
    }

    /** A questionnaire another module may attach to its records: the template and its published version's name. */
    public record Choice(long templateId, String name) {
    }

    /** The templates with a published version, by name (e.g. the questionnaire of a return-visit rule). */
    @Transactional(readOnly = true)
    public java.util.List<Choice> published() {
        return versions.findByStatusOrderByNameAscVersionNoDesc(VersionStatus.PUBLISHED).stream()
                .map(v -> new Choice(v.getTemplateId(), v.getName())).toList();
    }

    /** Checks and stores answers on a frozen version; returns the answer set's id. */
    public long record(long versionId, AnswerSheet sheet, AnswerOrigin origin) {
        var problems = new java.util.ArrayList<FieldViolation>();
        var module = origin == null || origin.module() == null || origin.module().isBlank() ? null : origin.module().strip();
        var reference = origin == null || origin.reference() == null || origin.reference().isBlank() ? null
                : origin.reference().strip();
        if (module == null) {
            problems.add(new FieldViolation("module", "validation.required"));
        } else if (module.length() > 32 || module.equals(AnswerSet.SURVEY)) {
            problems.add(new FieldViolation("module", "survey.answer.badOrigin"));
        }
        if (reference != null && reference.length() > 64) {
            problems.add(new FieldViolation("reference", "validation.tooLong", 64));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        if (reference != null && answerSets.existsByOriginModuleAndOriginReference(module, reference)) {
            throw DomainException.invalid("reference", "survey.answer.duplicateOrigin");
        }
        var questionnaire = recorder.frozen(versionId);
        return recorder.record(questionnaire, sheet, null, origin.customerId(), module, reference).getId();
    }

    /** A recorded answer set with its answers. */
    @Transactional(readOnly = true)
    public AnswerSetView answerSet(long id) {
        var set = answerSets.findById(id).orElseThrow(() -> new NotFoundException("surveyAnswerSet", id));
        return AnswerViews.view(set, versions.findById(set.getTemplateVersionId()).orElseThrow().view());
    }
}
