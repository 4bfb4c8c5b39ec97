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

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

import org.springframework.stereotype.Component;

/**
 * Marks a file a borrower views under an electronic loan (ARC-7) with who is viewing and when, repeated
 * diagonally across every picture or page so that a photo of the screen or a printout names its source. Images (JPEG,
 * PNG, TIFF) are redrawn; PDFs (Apache PDFBox, decision 0017) get the text over every page as a semi-transparent
 * layer. Audio and video are left as they are. The text is the viewer's user name (ASCII by the staff form's rule) and
 * the time, so PDF's standard Helvetica draws it and no font has to be embedded.
 */
@Component
public class Watermarks {

    private static final float PDF_OPACITY = 0.3f;

    /** The marked copy, or empty when the format is not one this class can mark. */
    public Optional<Path> mark(Path file, String mediaType, String text) throws IOException {
        if ("application/pdf".equals(mediaType)) {
            return Optional.of(markPdf(file, text));
        }
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
        try (var in = Files.newInputStream(file)) {
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

    /**
     * Every page of the PDF with the text drawn over it. A PDF that cannot be read (damaged, or encrypted with a
     * password to open it) throws: under a loan a file is served marked or not at all. The document is kept in
     * temporary files, not the heap, while it is marked.
     */
    private static Path markPdf(Path pdf, String text) throws IOException {
        var out = Files.createTempFile("kehu-archive-marked-", ".pdf");
        try (var doc = Loader.loadPDF(pdf.toFile(), IOUtils.createTempFileOnlyStreamCache())) {
            // an owner password (no printing, no copying) does not stop reading; the marked copy is written plainly
            doc.setAllSecurityToBeRemoved(true);
            var font = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            var translucent = new PDExtendedGraphicsState();
            translucent.setNonStrokingAlphaConstant(PDF_OPACITY);
            for (var page : doc.getPages()) {
                var box = page.getCropBox();
                float size = Math.max(10, Math.min(box.getWidth(), box.getHeight()) / 18);
                float textWidth = Math.max(1, font.getStringWidth(text) / 1000 * size);
                float diagonal = (float) Math.hypot(box.getWidth(), box.getHeight());
                try (var cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                    cs.setGraphicsStateParameters(translucent);
                    cs.setNonStrokingColor(new Color(200, 0, 0));
                    cs.beginText();
                    cs.setFont(font, size);
                    // rows of the text along a 30° diagonal, through the page's centre, far enough to cover it all
                    float cx = box.getLowerLeftX() + box.getWidth() / 2;
                    float cy = box.getLowerLeftY() + box.getHeight() / 2;
                    for (float y = -diagonal; y <= diagonal; y += size * 5) {
                        for (float x = -diagonal; x <= diagonal; x += textWidth + size * 3) {
                            var m = Matrix.getRotateInstance(Math.PI / 6, cx, cy);
                            m.translate(x, y);
                            cs.setTextMatrix(m);
                            cs.showText(text);
                        }
                    }
                    cs.endText();
                }
            }
            doc.save(out.toFile());
            return out;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(out);
            throw e;
        }
    }
}
