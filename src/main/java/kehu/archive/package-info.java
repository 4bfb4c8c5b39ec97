/**
 * Customer archives (ARC-1 … ARC-3, ARC-6, ARC-10): one archive per customer with volumes per business line,
 * archive numbers from a configurable pattern, the category tree and filing scopes as configuration data,
 * documents with versioned files in a content store (SHA-256 checked on every read), confidentiality and
 * hidden archives, and integrity checks. Other modules use {@link kehu.archive.ArchiveManagement},
 * {@link kehu.archive.ArchiveIntegrity} and the events of this package; everything else is internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Archives",
        allowedDependencies = {"customer", "organization", "platform", "shared"})
package kehu.archive;
