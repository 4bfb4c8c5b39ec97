package kehu.archive.internal;

/** A file as filed: where it is in the content store, its sanitised name, detected type, size and SHA-256 (hex). */
public record StoredFile(String key, String fileName, String mediaType, long size, String sha256) {
}
