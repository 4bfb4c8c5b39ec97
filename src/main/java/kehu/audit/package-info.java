/**
 * Audit log (ORG-5): an append-only, hash-chained record of what people and jobs did, fed by the
 * {@link kehu.shared.AuditableAction} events every module publishes; searchable, verifiable, exportable.
 * Nothing depends on this module; it only listens.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit", allowedDependencies = "shared")
package kehu.audit;
