package kehu.survey.internal;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kehu.shared.AuditedEntity;
import kehu.survey.ItemDraft;
import kehu.survey.ItemKind;
import kehu.survey.QuestionItem;

/** One item of a questionnaire version; part of the {@link TemplateVersion} aggregate. */
@Entity
@Table(name = "survey_item")
public class Item extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ItemKind kind;

    @Column(nullable = false, length = 300)
    private String text;

    @Column(nullable = false)
    private boolean required;

    @Column(length = 2100)
    private String options;

    protected Item() {
    }

    Item(int position, ItemDraft draft) {
        this.position = position;
        this.kind = draft.kind();
        this.text = draft.text();
        this.required = draft.required();
        this.options = draft.kind().hasOptions() ? String.join("\n", draft.options()) : null;
    }

    public List<String> optionList() {
        return options == null || options.isEmpty() ? List.of() : Arrays.asList(options.split("\n"));
    }

    public ItemDraft draft() {
        return new ItemDraft(kind, text, required, optionList());
    }

    public QuestionItem view() {
        return new QuestionItem(id, position, kind, text, required, optionList());
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public ItemKind getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }
}
