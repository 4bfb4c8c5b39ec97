package kehu.customer.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kehu.shared.AuditedEntity;

/** A contact person (联系人) of a customer; part of the {@link Customer} aggregate and changed only through it. */
@Entity
@Table(name = "customer_contact")
public class Contact extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 50)
    private String name;

    @Column(name = "contact_role", length = 50)
    private String role;

    @Column(length = 32)
    private String phone;

    private LocalDate birthday;

    @Column(length = 500)
    private String preferences;

    protected Contact() {
    }

    Contact(ContactDetails details) {
        describe(details);
    }

    void describe(ContactDetails d) {
        this.name = d.name();
        this.role = d.role();
        this.phone = d.phone();
        this.birthday = d.birthday();
        this.preferences = d.preferences();
    }

    ContactDetails details() {
        return new ContactDetails(name, role, phone, birthday, preferences);
    }

    /** A contact's checked values. */
    public record ContactDetails(String name, String role, String phone, LocalDate birthday, String preferences) {
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getRole() {
        return role;
    }

    public String getPhone() {
        return phone;
    }

    public LocalDate getBirthday() {
        return birthday;
    }

    public String getPreferences() {
        return preferences;
    }
}
