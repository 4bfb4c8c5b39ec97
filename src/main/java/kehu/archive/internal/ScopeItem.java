package kehu.archive.internal;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kehu.shared.AuditedEntity;

/**
 * One line of a filing-scope list (归档范围表, ARC-2): a document a business event requires and the form it
 * must have (original, signed by the customer). Configuration data.
 */
@Entity
@Table(name = "archive_scope_item")
public class ScopeItem extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "event_code")
    private String eventCode;
    @Column(name = "event_name")
    private String eventName;
    @Column(name = "event_name_en")
    private String eventNameEn;
    @Column(name = "business_line")
    private String businessLine;
    @Column(name = "item_code")
    private String itemCode;
    private String title;
    @Column(name = "title_en")
    private String titleEn;
    @Column(name = "category_code")
    private String categoryCode;
    private boolean required;
    @Column(name = "original_required")
    private boolean originalRequired;
    @Column(name = "signed_required")
    private boolean signedRequired;
    @Column(name = "sort_order")
    private int sortOrder;

    protected ScopeItem() {
    }

    public Long getId() {
        return id;
    }

    public String getEventCode() {
        return eventCode;
    }

    public String getBusinessLine() {
        return businessLine;
    }

    public String getItemCode() {
        return itemCode;
    }

    public String getTitle() {
        return title;
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    public boolean isRequired() {
        return required;
    }

    public boolean isOriginalRequired() {
        return originalRequired;
    }

    public boolean isSignedRequired() {
        return signedRequired;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String title(Locale locale) {
        return Texts.english(locale) ? titleEn : title;
    }

    public String eventName(Locale locale) {
        return Texts.english(locale) ? eventNameEn : eventName;
    }
}
