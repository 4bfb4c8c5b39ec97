package kehu.archive.internal;

import java.util.Optional;

/**
 * What a file is, from its first bytes (ARC-3: never from its name). Only the formats an archive keeps are
 * recognised — PDF, JPEG, PNG, TIFF, MP3, WAV, MP4 — and executables are named as such so the refusal can
 * say so. Anything else is not allowed. (A deliberate allow-list without a detection library: see
 * docs/archives.md.)
 */
public final class ContentTypes {

    /** A recognised executable or script (Windows PE, ELF, Mach-O, Java class, {@code #!} script). */
    public static final String EXECUTABLE = "application/x-executable";

    private ContentTypes() {
    }

    public static Optional<String> detect(byte[] head) {
        if (starts(head, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
            return Optional.of("application/pdf");
        }
        if (starts(head, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (starts(head, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        if (starts(head, 0x49, 0x49, 0x2A, 0x00) || starts(head, 0x4D, 0x4D, 0x00, 0x2A)) {
            return Optional.of("image/tiff");
        }
        if (starts(head, 0x49, 0x44, 0x33) || (head.length > 1 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xE0) == 0xE0)) {
            return Optional.of("audio/mpeg");
        }
        if (starts(head, 0x52, 0x49, 0x46, 0x46) && head.length >= 12 && head[8] == 'W' && head[9] == 'A'
                && head[10] == 'V' && head[11] == 'E') {
            return Optional.of("audio/wav");
        }
        if (head.length >= 12 && head[4] == 'f' && head[5] == 't' && head[6] == 'y' && head[7] == 'p') {
            return Optional.of("video/mp4");
        }
        if (starts(head, 0x4D, 0x5A) || starts(head, 0x7F, 0x45, 0x4C, 0x46) || starts(head, 0xCA, 0xFE, 0xBA, 0xBE)
                || starts(head, 0xFE, 0xED, 0xFA, 0xCE) || starts(head, 0xFE, 0xED, 0xFA, 0xCF)
                || starts(head, 0xCE, 0xFA, 0xED, 0xFE) || starts(head, 0xCF, 0xFA, 0xED, 0xFE)
                || starts(head, 0x23, 0x21)) {
            return Optional.of(EXECUTABLE);
        }
        return Optional.empty();
    }

    private static boolean starts(byte[] head, int... magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
