package kehu.audit.internal;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The hash of an audit entry: lower-case hex SHA-256 over a canonical serialisation of every field,
 * so that an outside tool can recompute it. The serialisation (version 1) is, in this order:
 * <ol>
 *   <li>the ASCII bytes {@code kehu-audit-v1};</li>
 *   <li>{@code seq} as an 8-byte big-endian integer;</li>
 *   <li>{@code occurred_at}, then {@code recorded_at}, each as 8-byte big-endian epoch seconds followed by
 *       4-byte big-endian nanoseconds (entries are stored with microsecond precision);</li>
 *   <li>{@code actor}, {@code action}, {@code target_type}, {@code target_id}, {@code before_value},
 *       {@code after_value}, {@code prev_hash}: each either the single byte {@code 0} (null) or the byte
 *       {@code 1}, the 4-byte big-endian length of its UTF-8 encoding and that encoding.</li>
 * </ol>
 * Fixed widths and length prefixes make the serialisation unambiguous: no two different entries
 * serialise to the same bytes.
 */
final class EntryHash {

    /** The {@code prev_hash} of the first entry. */
    static final String GENESIS = "0".repeat(64);

    private static final byte[] VERSION = "kehu-audit-v1".getBytes(StandardCharsets.US_ASCII);

    private EntryHash() {
    }

    static String of(long seq, Instant occurredAt, Instant recordedAt, String actor, String action, String targetType,
                     String targetId, String before, String after, String prevHash) {
        var bytes = new ByteArrayOutputStream(256);
        try (var out = new DataOutputStream(bytes)) {
            out.write(VERSION);
            out.writeLong(seq);
            instant(out, occurredAt);
            instant(out, recordedAt);
            text(out, actor);
            text(out, action);
            text(out, targetType);
            text(out, targetId);
            text(out, before);
            text(out, after);
            text(out, prevHash);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(sha256().digest(bytes.toByteArray()));
    }

    private static void instant(DataOutputStream out, Instant instant) throws IOException {
        out.writeLong(instant.getEpochSecond());
        out.writeInt(instant.getNano());
    }

    private static void text(DataOutputStream out, String value) throws IOException {
        if (value == null) {
            out.writeByte(0);
            return;
        }
        var utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeByte(1);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
