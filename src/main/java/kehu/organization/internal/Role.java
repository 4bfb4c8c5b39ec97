package kehu.organization.internal;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import kehu.organization.DataScopeKind;
import kehu.shared.AuditedEntity;

/** A bundle of permissions with the data scope its rows reach (ORG-2). */
@Entity
@Table(name = "org_role")
public class Role extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 32)
    private String code;

    @Column(nullable = false, length = 50)
    private String name;

    @Column(length = 500)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "data_scope", nullable = false, length = 16)
    private DataScopeKind dataScope;

    @Column(nullable = false)
    private boolean builtin;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "org_role_permission", joinColumns = @JoinColumn(name = "role_id"))
    @Column(name = "permission", length = 64)
    private Set<String> permissions = new LinkedHashSet<>();

    protected Role() {
    }

    public Role(String code, String name, String description, DataScopeKind dataScope, boolean builtin, Set<String> permissions) {
        this.code = code;
        this.name = name;
        this.description = description;
        this.dataScope = dataScope;
        this.builtin = builtin;
        this.permissions = new LinkedHashSet<>(permissions);
    }

    public void redefine(String name, String description, DataScopeKind dataScope, Set<String> permissions) {
        this.name = name;
        this.description = description;
        this.dataScope = dataScope;
        this.permissions.clear();
        this.permissions.addAll(permissions);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public DataScopeKind getDataScope() {
        return dataScope;
    }

    public boolean isBuiltin() {
        return builtin;
    }

    public Set<String> getPermissions() {
        return new TreeSet<>(permissions);
    }
}
