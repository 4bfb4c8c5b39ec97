import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.dhatim.fastexcel.Workbook;

/**
 * Turns the generator's CSV into an .xlsx workbook with the same header and rows (one sheet, all cells
 * text), streaming, so a million rows need little memory. Used by bench/run.sh for the xlsx import
 * figure; compiled against the fastexcel jar taken from Kehu's own jar.
 *
 *   java -cp fastexcel.jar:opczip.jar:. CsvToXlsx --csv in.csv --out out.xlsx
 */
public class CsvToXlsx {

    public static void main(String[] args) throws IOException {
        Path csv = null;
        Path out = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--csv" -> csv = Path.of(args[i + 1]);
                case "--out" -> out = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (csv == null || out == null) {
            throw new IllegalArgumentException("usage: CsvToXlsx --csv in.csv --out out.xlsx");
        }
        long rows = 0;
        try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             OutputStream os = Files.newOutputStream(out)) {
            var wb = new Workbook(os, "Kehu bench", "1.0");
            var ws = wb.newWorksheet("客户");
            String line;
            int r = 0;
            while ((line = in.readLine()) != null) {
                if (r == 0 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                    line = line.substring(1);
                }
                var cells = split(line);
                for (int c = 0; c < cells.size(); c++) {
                    if (!cells.get(c).isEmpty()) {
                        ws.value(r, c, cells.get(c));
                    }
                }
                r++;
                if (r % 1000 == 0) {
                    ws.flush();
                }
            }
            rows = r - 1L;
            wb.finish();
        }
        System.out.println("xlsx_rows=" + rows + " xlsx_bytes=" + Files.size(out));
    }

    /** One CSV line (RFC 4180 quoting, no line breaks inside fields: the generator writes none). */
    static List<String> split(String line) {
        var cells = new ArrayList<String>();
        var cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
