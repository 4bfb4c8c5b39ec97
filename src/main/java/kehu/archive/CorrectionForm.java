package kehu.archive;

/** A correction of a document (ARC-3): a new version with its title, pages, a note why, and usually a new file. */
public record CorrectionForm(String title, Integer pages, String note) {
}
