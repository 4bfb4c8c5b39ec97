package kehu.survey.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import kehu.shared.AuditedEntity;
import kehu.shared.DomainException;
import kehu.survey.ItemDraft;
import kehu.survey.Questionnaire;
import kehu.survey.VersionStatus;

/**
 * One version of a questionnaire template with its items (SUR-1).
 *
 * <p>Lifecycle: DRAFT —{@link #revise}→ DRAFT (content replaced) —{@link #publish}→ PUBLISHED (frozen)
 * —{@link #supersede}→ SUPERSEDED. A frozen version never changes again: editing a published template
 * starts a new DRAFT version ({@link #nextDraft}).
 */
@Entity
@Table(name = "survey_template_version")
public class TemplateVersion extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "template_id", nullable = false)
    private Long templateId;

    @Column(name = "version_no", nullable = false)
    private int versionNo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private VersionStatus status = VersionStatus.DRAFT;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(length = 500)
    private String description;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "published_by", length = 64)
    private String publishedBy;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "template_version_id", nullable = false, updatable = false)
    @OrderBy("position")
    private List<Item> items = new ArrayList<>();

    protected TemplateVersion() {
    }

    private TemplateVersion(long templateId, int versionNo) {
        this.templateId = templateId;
        this.versionNo = versionNo;
    }

    /** Version 1 of a new template. */
    public static TemplateVersion first(long templateId, String name, String description, List<ItemDraft> items) {
        var v = new TemplateVersion(templateId, 1);
        v.revise(name, description, items);
        return v;
    }

    /** A new draft after this frozen version, with the given content. */
    public TemplateVersion nextDraft(String name, String description, List<ItemDraft> items) {
        if (!status.frozen()) {
            throw new DomainException("survey.template.draftExists");
        }
        var v = new TemplateVersion(templateId, versionNo + 1);
        v.revise(name, description, items);
        return v;
    }

    /** Replaces the content of a draft. */
    public void revise(String name, String description, List<ItemDraft> drafts) {
        if (status.frozen()) {
            throw new DomainException("survey.template.frozen");
        }
        this.name = name;
        this.description = description;
        items.clear();
        for (int i = 0; i < drafts.size(); i++) {
            items.add(new Item(i + 1, drafts.get(i)));
        }
    }

    /** Freezes the draft. */
    public void publish(Instant at, String by) {
        if (status != VersionStatus.DRAFT) {
            throw new DomainException("survey.template.notDraft");
        }
        if (items.isEmpty()) {
            throw DomainException.invalid("items", "survey.template.noItems");
        }
        status = VersionStatus.PUBLISHED;
        publishedAt = at;
        publishedBy = by;
    }

    /** A newer version was published. */
    public void supersede() {
        if (status == VersionStatus.PUBLISHED) {
            status = VersionStatus.SUPERSEDED;
        }
    }

    public List<ItemDraft> drafts() {
        return items.stream().map(Item::draft).toList();
    }

    public Questionnaire view() {
        return new Questionnaire(id, templateId, versionNo, status, name, description, publishedAt,
                items.stream().map(Item::view).toList());
    }

    public Long getId() {
        return id;
    }

    public Long getTemplateId() {
        return templateId;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public VersionStatus getStatus() {
        return status;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public List<Item> getItems() {
        return items;
    }
}
