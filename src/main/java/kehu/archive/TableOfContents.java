package kehu.archive;

import java.time.LocalDate;
import java.util.List;

/** The table of contents of a volume (卷内目录, ARC-3): one line per document, pages numbered through the volume. */
public record TableOfContents(String archiveNo, String customerName, int volumeNo, String volumeTitle,
                              String subject, List<Line> lines, int totalPages) {

    public record Line(int itemNo, String responsible, String title, LocalDate date, int pages, int firstPage,
                       int lastPage, String remark) {
    }
}
