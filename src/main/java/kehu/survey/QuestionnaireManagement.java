package kehu.survey;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import kehu.shared.AuditableAction;
import kehu.shared.DomainException;
import kehu.shared.NotFoundException;
import kehu.shared.PersistenceConfiguration;
import kehu.survey.internal.QuestionnaireTemplate;
import kehu.survey.internal.QuestionnaireTemplates;
import kehu.survey.internal.TemplateCheck;
import kehu.survey.internal.TemplateVersion;
import kehu.survey.internal.TemplateVersions;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Questionnaire templates (SUR-1): create, edit, publish, read. Editing a template whose newest version
 * is frozen starts a new draft version; publishing freezes the draft and supersedes the version published
 * before. Bad input throws a {@link DomainException} naming each wrong field; every change is audited.
 */
@Service
@Transactional
public class QuestionnaireManagement {

    static final String TEMPLATE = "surveyTemplate";

    private final QuestionnaireTemplates templates;
    private final TemplateVersions versions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    QuestionnaireManagement(QuestionnaireTemplates templates, TemplateVersions versions,
                            ApplicationEventPublisher events, Clock clock) {
        this.templates = templates;
        this.versions = versions;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(SurveyAccess.VIEW)
    public List<TemplateRow> list() {
        var byTemplate = versions.findAll().stream().collect(Collectors.groupingBy(TemplateVersion::getTemplateId));
        return templates.findAll().stream().map(t -> {
            var all = byTemplate.getOrDefault(t.getId(), List.of()).stream()
                    .sorted(Comparator.comparingInt(TemplateVersion::getVersionNo).reversed()).toList();
            var latest = all.get(0);
            var published = all.stream().filter(v -> v.getStatus() == VersionStatus.PUBLISHED).findFirst();
            var draft = all.stream().filter(v -> v.getStatus() == VersionStatus.DRAFT).findFirst();
            return new TemplateRow(t.getId(), t.getName(), latest.getVersionNo(), latest.getStatus(),
                    published.map(TemplateVersion::getId).orElse(null),
                    published.map(TemplateVersion::getVersionNo).orElse(null),
                    draft.map(TemplateVersion::getId).orElse(null), t.getUpdatedAt());
        }).sorted(Comparator.comparing(TemplateRow::name)).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(SurveyAccess.VIEW)
    public TemplateDetails get(long templateId) {
        var template = template(templateId);
        var all = versions.findByTemplateIdOrderByVersionNoDesc(templateId);
        var rows = all.stream().map(v -> new VersionRow(v.getId(), v.getVersionNo(), v.getStatus(), v.getName(),
                v.getItems().size(), v.getPublishedAt(), v.getPublishedBy(), v.getUpdatedAt(), v.getUpdatedBy())).toList();
        return new TemplateDetails(template.getId(), template.getName(), all.get(0).view(), rows);
    }

    /** Any version, draft or frozen. */
    @Transactional(readOnly = true)
    @PreAuthorize(SurveyAccess.VIEW)
    public Questionnaire version(long versionId) {
        return versions.findById(versionId).map(TemplateVersion::view)
                .orElseThrow(() -> new NotFoundException("surveyTemplateVersion", versionId));
    }

    /** The versions new campaigns may use: the published (not superseded) version of each template. */
    @Transactional(readOnly = true)
    @PreAuthorize(SurveyAccess.VIEW)
    public List<Questionnaire> publishedVersions() {
        return versions.findByStatusOrderByNameAscVersionNoDesc(VersionStatus.PUBLISHED).stream()
                .map(TemplateVersion::view).toList();
    }

    /** A new template with a first draft version; returns the template's id. */
    @PreAuthorize(SurveyAccess.MANAGE)
    public long create(TemplateForm form) {
        var checked = TemplateCheck.checked(form);
        var template = templates.save(new QuestionnaireTemplate(checked.name()));
        var version = versions.save(TemplateVersion.first(template.getId(), checked.name(), checked.description(),
                checked.items()));
        audit("survey.template.create", template.getId(), null, describe(version));
        return template.getId();
    }

    /**
     * Changes the template's content: the draft version when there is one, otherwise a new draft version
     * after the newest frozen one. Returns the draft.
     */
    @PreAuthorize(SurveyAccess.MANAGE)
    public Questionnaire edit(long templateId, TemplateForm form) {
        var template = template(templateId);
        var checked = TemplateCheck.checked(form);
        var latest = latest(templateId);
        TemplateVersion draft;
        String before;
        if (latest.getStatus() == VersionStatus.DRAFT) {
            before = describe(latest);
            latest.revise(checked.name(), checked.description(), checked.items());
            draft = versions.saveAndFlush(latest);
        } else {
            before = "version=" + latest.getVersionNo() + " (" + latest.getStatus() + ")";
            draft = versions.saveAndFlush(latest.nextDraft(checked.name(), checked.description(), checked.items()));
        }
        template.rename(checked.name());
        audit("survey.template.edit", templateId, before, describe(draft));
        return draft.view();
    }

    /** Freezes the draft version; the version published before is superseded. */
    @PreAuthorize(SurveyAccess.MANAGE)
    public Questionnaire publish(long templateId) {
        template(templateId);
        var draft = versions.findByTemplateIdAndStatus(templateId, VersionStatus.DRAFT)
                .orElseThrow(() -> new DomainException("survey.template.noDraft"));
        versions.findByTemplateIdAndStatus(templateId, VersionStatus.PUBLISHED).ifPresent(TemplateVersion::supersede);
        draft.publish(clock.instant(), PersistenceConfiguration.currentActor());
        audit("survey.template.publish", templateId, null, "version=" + draft.getVersionNo() + ", versionId=" + draft.getId());
        return draft.view();
    }

    private QuestionnaireTemplate template(long id) {
        return templates.findById(id).orElseThrow(() -> new NotFoundException(TEMPLATE, id));
    }

    private TemplateVersion latest(long templateId) {
        return versions.findFirstByTemplateIdOrderByVersionNoDesc(templateId)
                .orElseThrow(() -> new NotFoundException(TEMPLATE, templateId));
    }

    private void audit(String action, long templateId, String before, String after) {
        events.publishEvent(AuditableAction.of(action, PersistenceConfiguration.currentActor(), TEMPLATE, templateId,
                before, after, clock.instant()));
    }

    static String describe(TemplateVersion v) {
        var items = v.getItems().stream().map(i -> i.getPosition() + "." + i.getKind() + ":" + i.getText())
                .collect(Collectors.joining("; "));
        var text = "version=" + v.getVersionNo() + ", name=" + v.getName() + ", items=[" + items + "]";
        return text.length() > 2000 ? text.substring(0, 2000) : text;
    }
}
