package kehu.archive.internal;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kehu.shared.AuditedEntity;

/** A kind of archive box and how many customers' volumes one box of it may hold (ARC-5). */
@Entity
@Table(name = "archive_box_kind")
public class BoxKind extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String name;
    @Column(name = "name_en")
    private String nameEn;
    @Column(name = "max_customers")
    private int maxCustomers;
    @Column(name = "sort_order")
    private int sortOrder;

    protected BoxKind() {
    }

    /** How many customers' volumes one box may hold from now on; boxes fuller than that keep what they hold. */
    public void limit(int maxCustomers) {
        this.maxCustomers = maxCustomers;
    }

    public String getCode() {
        return code;
    }

    public String name(Locale locale) {
        return Texts.english(locale) ? nameEn : name;
    }

    public int getMaxCustomers() {
        return maxCustomers;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
