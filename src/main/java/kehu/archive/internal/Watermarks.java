package kehu.archive.internal;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Font;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.springframework.stereotype.Component;

/**
 * Marks an image a borrower views under an electronic loan (ARC-7) with who is viewing and when, repeated
 * diagonally across the picture so that a photo of the screen names its source. Images (JPEG, PNG, TIFF) only; other
 * formats are left as they are (a PDF watermark needs a PDF library, not yet chosen).
 */
@Component
public class Watermarks {

    /** The marked copy, or empty when the format is not an image this class can mark. */
    public Optional<Path> mark(Path image, String mediaType, String text) throws IOException {
        var format = switch (mediaType) {
            case "image/jpeg" -> "jpg";
            case "image/png" -> "png";
            case "image/tiff" -> "tiff";
            default -> null;
        };
        if (format == null) {
            return Optional.empty();
        }
        BufferedImage source;
        try (var in = Files.newInputStream(image)) {
            source = ImageIO.read(in);
        }
        if (source == null) {
            return Optional.empty();
        }
        var marked = new BufferedImage(source.getWidth(), source.getHeight(),
                format.equals("jpg") ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
        var g = marked.createGraphics();
        try {
            g.drawImage(source, 0, 0, null);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            int size = Math.max(12, Math.min(source.getWidth(), source.getHeight()) / 18);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, size));
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.35f));
            g.setColor(new Color(200, 0, 0));
            g.setTransform(AffineTransform.getRotateInstance(-Math.PI / 6, source.getWidth() / 2.0, source.getHeight() / 2.0));
            int step = size * 5;
            int textWidth = Math.max(1, g.getFontMetrics().stringWidth(text));
            for (int y = -source.getHeight(); y < source.getHeight() * 2; y += step) {
                for (int x = -source.getWidth(); x < source.getWidth() * 2; x += textWidth + size * 3) {
                    g.drawString(text, x, y);
                }
            }
        } finally {
            g.dispose();
        }
        var out = Files.createTempFile("kehu-archive-marked-", "." + format);
        try (var stream = Files.newOutputStream(out)) {
            if (!ImageIO.write(marked, format, stream)) {
                Files.deleteIfExists(out);
                return Optional.empty();
            }
        }
        return Optional.of(out);
    }
}
