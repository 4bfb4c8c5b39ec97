package kehu.archive.internal;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kehu.shared.AuditedEntity;

/** A node of the category tree (归档类目): top level = the category of a whole archive. Configuration data. */
@Entity
@Table(name = "archive_category")
public class Category extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    @Column(name = "parent_code")
    private String parentCode;
    private String name;
    @Column(name = "name_en")
    private String nameEn;
    @Column(name = "industry_code")
    private String industryCode;
    private String retention;
    @Column(name = "retention_mark")
    private String retentionMark;
    @Column(name = "sort_order")
    private int sortOrder;

    protected Category() {
    }

    public String getCode() {
        return code;
    }

    public String getParentCode() {
        return parentCode;
    }

    public String getIndustryCode() {
        return industryCode;
    }

    public String getRetention() {
        return retention;
    }

    public String getRetentionMark() {
        return retentionMark;
    }

    public String name(Locale locale) {
        return Texts.english(locale) ? nameEn : name;
    }
}
