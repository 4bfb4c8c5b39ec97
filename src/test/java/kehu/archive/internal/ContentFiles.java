package kehu.archive.internal;

import java.nio.file.Path;

/** Where the content store keeps a file, for tests that change files behind the system's back. */
public final class ContentFiles {

    private ContentFiles() {
    }

    public static Path root(ContentStore store) {
        return ((FileSystemContentStore) store).root();
    }

    public static Path of(ContentStore store, String key) {
        return ((FileSystemContentStore) store).pathOf(key);
    }
}
