package kehu.survey.internal;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kehu.shared.AuditedEntity;

/** One answer of an {@link AnswerSet}: a score (scale, NPS, yes = 1 / no = 0), chosen options or text. */
@Entity
@Table(name = "survey_answer")
public class Answer extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_id", nullable = false)
    private Long itemId;

    private Integer score;

    @Column(length = 2100)
    private String choices;

    @Column(name = "text_value", length = 2000)
    private String textValue;

    @Column(nullable = false)
    private boolean flagged;

    protected Answer() {
    }

    private Answer(long itemId, Integer score, String choices, String textValue, boolean flagged) {
        this.itemId = itemId;
        this.score = score;
        this.choices = choices;
        this.textValue = textValue;
        this.flagged = flagged;
    }

    public static Answer score(long itemId, int score) {
        return new Answer(itemId, score, null, null, false);
    }

    public static Answer choices(long itemId, List<String> options) {
        return new Answer(itemId, null, String.join("\n", options), null, false);
    }

    public static Answer text(long itemId, String text, boolean flagged) {
        return new Answer(itemId, null, null, text, flagged);
    }

    public Long getItemId() {
        return itemId;
    }

    public Integer getScore() {
        return score;
    }

    public List<String> choiceList() {
        return choices == null || choices.isEmpty() ? List.of() : Arrays.asList(choices.split("\n"));
    }

    public String getTextValue() {
        return textValue;
    }

    public boolean isFlagged() {
        return flagged;
    }
}
