package kehu.servicedesk.web;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import kehu.shared.ClockConfiguration;
import kehu.shared.SpreadsheetText;

import org.dhatim.fastexcel.Workbook;

/**
 * A service report as an .xlsx workbook (SVC-9): one or more sheets, each a title line, a bold header
 * and rows. Numbers stay numbers; text goes through {@link SpreadsheetText} so nothing in a cell runs as
 * a formula; times are written in Beijing time.
 */
final class ReportWorkbook {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ClockConfiguration.ZONE);

    record Sheet(String name, String title, List<String> header, List<List<Object>> rows) {
    }

    private final List<Sheet> sheets = new ArrayList<>();

    /** Starts a sheet; add rows to the returned list. */
    List<List<Object>> sheet(String name, String title, List<String> header) {
        var rows = new ArrayList<List<Object>>();
        sheets.add(new Sheet(name, title, header, rows));
        return rows;
    }

    static List<Object> row(Object... cells) {
        var row = new ArrayList<Object>(cells.length);
        for (var c : cells) {
            row.add(c);
        }
        return row;
    }

    void write(OutputStream out) throws IOException {
        var wb = new Workbook(out, "Kehu", "1.0");
        for (var s : sheets) {
            var ws = wb.newWorksheet(sheetName(s.name()));
            ws.inlineString(0, 0, SpreadsheetText.neutralise(s.title()));
            ws.style(0, 0).bold().fontSize(13).set();
            for (int c = 0; c < s.header().size(); c++) {
                ws.inlineString(1, c, SpreadsheetText.neutralise(s.header().get(c)));
                ws.width(c, Math.max(10, Math.min(40, s.header().get(c).length() * 2.4 + 4)));
            }
            if (!s.header().isEmpty()) {
                ws.range(1, 0, 1, s.header().size() - 1).style().bold().fillColor("EEF2F7").set();
            }
            ws.freezePane(0, 2);
            int r = 2;
            for (var row : s.rows()) {
                for (int c = 0; c < row.size(); c++) {
                    var v = row.get(c);
                    if (v instanceof Number n) {
                        ws.value(r, c, n);
                    } else if (v instanceof Boolean b) {
                        ws.value(r, c, b);
                    } else if (v instanceof Instant i) {
                        ws.inlineString(r, c, TIME.format(i));
                    } else if (v instanceof LocalDate d) {
                        ws.inlineString(r, c, d.toString());
                    } else if (v != null && !v.toString().isEmpty()) {
                        ws.inlineString(r, c, SpreadsheetText.neutralise(v.toString()));
                    }
                }
                r++;
            }
        }
        wb.finish();
    }

    /** Sends the workbook as a download named {@code file}.xlsx. */
    void send(HttpServletResponse response, String file) throws IOException {
        response.setContentType(CONTENT_TYPE);
        var name = URLEncoder.encode(file + ".xlsx", StandardCharsets.UTF_8).replace("+", "%20");
        response.setHeader("Content-Disposition", "attachment; filename=\"report.xlsx\"; filename*=UTF-8''" + name);
        write(response.getOutputStream());
    }

    /** Excel refuses sheet names over 31 characters or with {@code : \ / ? * [ ]}. */
    private static String sheetName(String name) {
        var clean = name.replaceAll("[:\\\\/?*\\[\\]]", " ").strip();
        return clean.length() > 31 ? clean.substring(0, 31) : clean.isEmpty() ? "Sheet" : clean;
    }
}
