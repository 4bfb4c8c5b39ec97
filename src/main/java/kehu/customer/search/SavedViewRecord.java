package kehu.customer.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kehu.customer.SavedView;
import kehu.shared.AuditedEntity;

/** A search of the customer list a person saved under a name (CUS-7); only its owner sees it. */
@Entity
@Table(name = "customer_saved_view")
class SavedViewRecord extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "owner_staff_id", nullable = false, updatable = false)
    private Long ownerStaffId;

    @Column(nullable = false, length = 50, updatable = false)
    private String name;

    @Column(nullable = false, length = 2000)
    private String query;

    protected SavedViewRecord() {
    }

    SavedViewRecord(long ownerStaffId, String name, String query) {
        this.ownerStaffId = ownerStaffId;
        this.name = name;
        this.query = query;
    }

    void replaceQuery(String query) {
        this.query = query;
    }

    SavedView view() {
        return new SavedView(id, name, query, getUpdatedAt());
    }

    Long getId() {
        return id;
    }

    Long getOwnerStaffId() {
        return ownerStaffId;
    }

    String getName() {
        return name;
    }

    String getQuery() {
        return query;
    }
}
