package kehu.archive;

/** One finding of an integrity check (ARC-10); {@code code} is shown as {@code archive.problem.<code>}. */
public record ProblemView(long archiveId, String archiveNo, Long documentId, Long versionId, IntegrityAspect aspect,
                          String code, String detail) {
}
