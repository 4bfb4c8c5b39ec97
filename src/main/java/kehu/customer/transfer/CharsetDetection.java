package kehu.customer.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which encoding a CSV file is in (CUS-8): UTF-8 with a byte-order mark; else UTF-8 when every byte
 * decodes strictly as UTF-8; else GB18030 (a superset of GBK and GB2312, what Excel on Chinese Windows
 * writes) when every byte decodes strictly as that. Anything else — UTF-16 or UTF-32 (recognised by
 * their byte-order marks or by NUL bytes), binary data, another encoding — is refused with a clear
 * message. The whole file is decoded, so a GBK character near the end is not missed.
 */
public final class CharsetDetection {

    public static final Charset GB18030 = Charset.forName("GB18030");

    /** The detected charset and how many bytes of byte-order mark to skip. */
    public record Detected(Charset charset, int bomLength) {
    }

    private CharsetDetection() {
    }

    public static Detected detect(Path file) throws IOException {
        byte[] head = new byte[4];
        int n;
        try (var in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, 4);
        }
        if (n >= 2 && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF) || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE))) {
            throw new UnreadableFile("customer.import.encoding.utf16");
        }
        if (n >= 4 && head[0] == 0 && head[1] == 0 && head[2] == (byte) 0xFE && head[3] == (byte) 0xFF) {
            throw new UnreadableFile("customer.import.encoding.utf16");
        }
        int bom = n >= 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF ? 3 : 0;
        if (containsNul(file)) {
            throw new UnreadableFile("customer.import.encoding.binary");
        }
        if (bom == 3) {
            if (!decodes(file, 3, StandardCharsets.UTF_8)) {
                throw new UnreadableFile("customer.import.encoding.invalidUtf8");
            }
            return new Detected(StandardCharsets.UTF_8, 3);
        }
        if (decodes(file, 0, StandardCharsets.UTF_8)) {
            return new Detected(StandardCharsets.UTF_8, 0);
        }
        if (decodes(file, 0, GB18030)) {
            return new Detected(GB18030, 0);
        }
        throw new UnreadableFile("customer.import.encoding.unknown");
    }

    private static boolean containsNul(Path file) throws IOException {
        var buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            int read;
            while ((read = in.read(buffer)) > 0) {
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == 0) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether all bytes from {@code skip} on decode without a single malformed or unmappable sequence. */
    static boolean decodes(Path file, int skip, Charset charset) throws IOException {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var in = ByteBuffer.allocate(64 * 1024);
        var out = CharBuffer.allocate(64 * 1024);
        try (var channel = Files.newByteChannel(file)) {
            channel.position(skip);
            boolean eof = false;
            while (!eof) {
                eof = channel.read(in) < 0;
                in.flip();
                var result = decoder.decode(in, out, eof);
                if (result.isError()) {
                    return false;
                }
                out.clear();
                in.compact();
            }
            in.flip();
            var result = decoder.flush(out);
            return !result.isError() && !in.hasRemaining();
        }
    }
}
