package kehu.archive.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;

import org.springframework.stereotype.Component;

/**
 * Checks a stored file against what was recorded at intake (SHA-256 and size), reading it once: for the
 * integrity sweep only hashing, for serving into a private snapshot so that exactly the bytes that were
 * verified are served (a file changed on disk is never served as valid).
 */
@Component
public class Fixity {

    public enum State { OK, MISSING, CHANGED, UNREADABLE }

    /** The outcome, the bytes read, the SHA-256 found and the first bytes (to re-detect the type). */
    public record Check(State state, long bytes, String sha256, byte[] head) {
        public boolean ok() {
            return state == State.OK;
        }
    }

    /** A verified snapshot to serve; delete it when done. Null file when the check failed. */
    public record Snapshot(Check check, Path file) {
    }

    private static final int BUFFER = 64 * 1024;

    private final ContentStore store;

    Fixity(ContentStore store) {
        this.store = store;
    }

    public Check check(DocumentVersion v) {
        return read(v, OutputStream.nullOutputStream());
    }

    public Snapshot snapshot(DocumentVersion v) throws IOException {
        var temp = Files.createTempFile("kehu-archive-read-", ".bin");
        Check check;
        try (var out = Files.newOutputStream(temp)) {
            check = read(v, out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        if (!check.ok()) {
            Files.deleteIfExists(temp);
            return new Snapshot(check, null);
        }
        return new Snapshot(check, temp);
    }

    private Check read(DocumentVersion v, OutputStream copy) {
        var digest = FileSystemContentStore.sha256();
        long bytes = 0;
        byte[] head = new byte[0];
        try {
            var opened = store.open(v.getContentKey());
            if (opened.isEmpty()) {
                return new Check(State.MISSING, 0, null, head);
            }
            try (InputStream in = opened.get()) {
                var buffer = new byte[BUFFER];
                int n;
                while ((n = in.read(buffer)) != -1) {
                    if (bytes == 0) {
                        head = Arrays.copyOf(buffer, Math.min(n, 64));
                    }
                    digest.update(buffer, 0, n);
                    copy.write(buffer, 0, n);
                    bytes += n;
                }
            }
        } catch (IOException e) {
            return new Check(State.UNREADABLE, bytes, null, head);
        }
        var sha = HexFormat.of().formatHex(digest.digest());
        boolean same = sha.equals(v.getSha256()) && v.getSizeBytes() != null && bytes == v.getSizeBytes();
        return new Check(same ? State.OK : State.CHANGED, bytes, sha, head);
    }
}
