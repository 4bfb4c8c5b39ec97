package kehu.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A verified file to hand out: its bytes were hashed and matched the SHA-256 recorded at intake. Read it once
 * with {@link #open()}; the snapshot is deleted when that stream closes.
 */
public record FileContent(String fileName, String mediaType, long size, String sha256, Path snapshot) {

    public InputStream open() throws IOException {
        var in = Files.newInputStream(snapshot);
        return new java.io.FilterInputStream(in) {
            @Override
            public void close() throws IOException {
                try {
                    super.close();
                } finally {
                    Files.deleteIfExists(snapshot);
                }
            }
        };
    }
}
