package kehu.organization.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kehu.shared.AuditedEntity;

/** A post (岗位) with its duties; staff hold one. */
@Entity
@Table(name = "org_position")
public class Position extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(length = 2000)
    private String duties;

    protected Position() {
    }

    public Position(String name, String duties) {
        this.name = name;
        this.duties = duties;
    }

    public void describe(String name, String duties) {
        this.name = name;
        this.duties = duties;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getDuties() {
        return duties;
    }
}
