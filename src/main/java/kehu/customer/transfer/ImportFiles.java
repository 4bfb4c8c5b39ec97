package kehu.customer.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import kehu.customer.ImportProblem;
import kehu.customer.ImportTarget;
import kehu.shared.SpreadsheetText;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The files an import hands out (CUS-8): the template (xlsx or CSV) and the report of rejected cells (CSV). */
@Component
public class ImportFiles {

    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final ImportColumns columns;
    private final MessageSource messages;

    ImportFiles(ImportColumns columns, MessageSource messages) {
        this.columns = columns;
        this.messages = messages;
    }

    /** The template's header row: every target's Chinese label, industry fields included. */
    public List<String> templateHeaders() {
        return columns.targets(ImportColumns.CHINESE).stream().map(ImportTarget::label).toList();
    }

    public void csvTemplate(OutputStream out) throws IOException {
        out.write(BOM);
        var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        var printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        printer.printRecord(templateHeaders());
        printer.flush();
    }

    public void xlsxTemplate(OutputStream out) throws IOException {
        var wb = new Workbook(out, "Kehu", "1.0");
        var ws = wb.newWorksheet(messages.getMessage("customer.import.template.sheet", null, "customers", ImportColumns.CHINESE));
        var headers = templateHeaders();
        for (int c = 0; c < headers.size(); c++) {
            ws.inlineString(0, c, headers.get(c));
            ws.width(c, Math.max(12, headers.get(c).length() * 2.5));
            // text format keeps ID numbers and phones as typed (no 1.1E+17)
            ws.range(1, c, 1000, c).style().format("@").set();
        }
        ws.style(0, 0).bold().set();
        ws.range(0, 0, 0, headers.size() - 1).style().bold().fillColor("DDEBF7").set();
        ws.freezePane(0, 1);
        wb.finish();
    }

    /** The report as CSV (UTF-8 with a byte-order mark so Excel opens it right), messages in the locale. */
    public void report(Iterable<ImportProblem> lines, Locale locale, OutputStream out) throws IOException {
        out.write(BOM);
        var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        var printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        printer.printRecord(text("customer.import.report.row", locale), text("customer.import.report.column", locale),
                text("customer.import.report.value", locale), text("customer.import.report.severity", locale),
                text("customer.import.report.message", locale));
        for (var p : lines) {
            printer.printRecord(p.row(), SpreadsheetText.neutralise(p.column()), SpreadsheetText.neutralise(p.value()),
                    text(p.error() ? "customer.import.severity.error" : "customer.import.severity.warning", locale),
                    SpreadsheetText.neutralise(message(p, locale)));
        }
        printer.flush();
    }

    public String message(ImportProblem p, Locale locale) {
        return messages.getMessage(p.messageKey(), p.args().toArray(), p.messageKey(), locale);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
