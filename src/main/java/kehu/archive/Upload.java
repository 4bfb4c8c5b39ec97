package kehu.archive;

import java.io.IOException;
import java.io.InputStream;

/**
 * A file as it arrives: the name the sender gave (only a label, sanitised), the size the sender declared
 * ({@code -1} unknown; checked before anything is read) and the bytes.
 */
public record Upload(String originalName, long declaredSize, Source source) {

    @FunctionalInterface
    public interface Source {
        InputStream open() throws IOException;
    }
}
