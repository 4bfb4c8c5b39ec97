package kehu.archive.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where archive files live (ARC-3). The file system is the default ({@link FileSystemContentStore}); an
 * S3-compatible store implements the same four steps. Content is written once under a new key and never
 * replaced.
 *
 * <ol>
 *   <li>{@link #stage}: copy the upload to a private temporary file, counting and hashing as it goes, and
 *       stop as soon as it is larger than allowed;</li>
 *   <li>{@link #commit}: move the staged file atomically under its key (refused if the key exists);</li>
 *   <li>{@link #discard}: drop a staged file (refused upload, failed transaction);</li>
 *   <li>{@link #open}: read a committed file, empty when it is missing.</li>
 * </ol>
 */
public interface ContentStore {

    /** A staged upload: the temporary file, its first bytes (for type detection), size and SHA-256 (hex). */
    record Staged(Path file, byte[] head, long size, String sha256) {
    }

    /** Thrown by {@link #stage} when the content is larger than {@code maxBytes}; nothing is kept. */
    final class TooLarge extends IOException {
        public TooLarge(long maxBytes) {
            super("larger than " + maxBytes + " bytes");
        }
    }

    Staged stage(InputStream content, long maxBytes) throws IOException;

    void commit(Staged staged, String key) throws IOException;

    void discard(Staged staged);

    Optional<InputStream> open(String key) throws IOException;

    /** Removes a committed file; only for undoing a commit whose transaction rolled back. */
    void remove(String key);

    /** A new key for a file filed now (unique, never reused). */
    String newKey();
}
