package kehu.archive.internal;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kehu.shared.AuditedEntity;

/** A volume an archive of a category gets when it opens (ARC-1: 一车两档 and the like). Configuration data. */
@Entity
@Table(name = "archive_volume_rule")
public class VolumeRule extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "category_code")
    private String categoryCode;
    @Column(name = "business_line")
    private String businessLine;
    private String name;
    @Column(name = "name_en")
    private String nameEn;
    @Column(name = "opening_event")
    private String openingEvent;
    @Column(name = "sort_order")
    private int sortOrder;

    protected VolumeRule() {
    }

    public String getBusinessLine() {
        return businessLine;
    }

    public String getOpeningEvent() {
        return openingEvent;
    }

    public String getName() {
        return name;
    }

    public String name(Locale locale) {
        return Texts.english(locale) ? nameEn : name;
    }
}
