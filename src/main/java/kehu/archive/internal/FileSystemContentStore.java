package kehu.archive.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import kehu.archive.ArchiveSettings;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The content store on the file system under {@code kehu.archive.files-dir} (default {@code ./data/archive-files};
 * tests: a temporary directory per application context). Files sit at {@code yyyy/MM/<uuid>}; uploads are
 * staged in {@code .staging} on the same file system, so the final move is atomic: an interrupted upload
 * leaves nothing behind under a key.
 */
@Component
class FileSystemContentStore implements ContentStore, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(FileSystemContentStore.class);
    private static final int HEAD = 64;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy/MM").withZone(ZoneOffset.UTC);

    private final Path root;
    private final Path staging;
    private final boolean temporary;
    private final Clock clock;

    FileSystemContentStore(ArchiveSettings settings, Clock clock) {
        this.clock = clock;
        this.temporary = settings.temporaryFiles();
        try {
            this.root = temporary ? Files.createTempDirectory("kehu-archive-files-")
                    : Files.createDirectories(settings.filesDir().toAbsolutePath().normalize());
            this.staging = Files.createDirectories(root.resolve(".staging"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the archive file directory", e);
        }
    }

    /** The directory the files are in (operators back it up; tests tamper with it). */
    Path root() {
        return root;
    }

    Path pathOf(String key) {
        var path = root.resolve(key).normalize();
        if (!path.startsWith(root) || path.startsWith(staging)) {
            throw new IllegalArgumentException("bad content key " + key);
        }
        return path;
    }

    @Override
    public Staged stage(InputStream content, long maxBytes) throws IOException {
        var temp = Files.createTempFile(staging, "upload-", ".part");
        try {
            var digest = sha256();
            var head = new byte[HEAD];
            int headLength = 0;
            long size = 0;
            try (var out = new DigestOutputStream(Files.newOutputStream(temp), digest)) {
                var buffer = new byte[64 * 1024];
                int n;
                while ((n = content.read(buffer)) != -1) {
                    size += n;
                    if (size > maxBytes) {
                        throw new TooLarge(maxBytes);
                    }
                    if (headLength < HEAD) {
                        int take = Math.min(HEAD - headLength, n);
                        System.arraycopy(buffer, 0, head, headLength, take);
                        headLength += take;
                    }
                    out.write(buffer, 0, n);
                }
            }
            return new Staged(temp, java.util.Arrays.copyOf(head, headLength), size,
                    HexFormat.of().formatHex(digest.digest()));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    @Override
    public void commit(Staged staged, String key) throws IOException {
        var target = pathOf(key);
        Files.createDirectories(target.getParent());
        if (Files.exists(target)) {
            throw new FileAlreadyExistsException(key);
        }
        try {
            Files.move(staged.file(), target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("The archive file directory must allow atomic moves", e);
        }
    }

    @Override
    public void discard(Staged staged) {
        try {
            Files.deleteIfExists(staged.file());
        } catch (IOException e) {
            log.warn("Could not delete the staged upload {}", staged.file(), e);
        }
    }

    @Override
    public Optional<InputStream> open(String key) throws IOException {
        var path = pathOf(key);
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        return Optional.of(Files.newInputStream(path));
    }

    @Override
    public void remove(String key) {
        try {
            Files.deleteIfExists(pathOf(key));
        } catch (IOException e) {
            log.warn("Could not remove the file {} of a rolled-back filing", key, e);
        }
    }

    @Override
    public String newKey() {
        return MONTH.format(clock.instant()) + "/" + UUID.randomUUID();
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void destroy() {
        if (!temporary) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            log.warn("Could not delete the temporary archive files {}", root, e);
        }
    }
}
