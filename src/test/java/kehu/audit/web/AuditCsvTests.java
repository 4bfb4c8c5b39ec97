package kehu.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;

import kehu.audit.AuditEntryRow;

import org.junit.jupiter.api.Test;

class AuditCsvTests {

    @Test
    void cellsThatASpreadsheetWouldEvaluateGetAQuoteInFront() {
        assertThat(AuditCsv.cell("=1+1")).isEqualTo("\"'=1+1\"");
        assertThat(AuditCsv.cell("+86 138")).isEqualTo("\"'+86 138\"");
        assertThat(AuditCsv.cell("-2")).isEqualTo("\"'-2\"");
        assertThat(AuditCsv.cell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
        assertThat(AuditCsv.cell("\t=1")).isEqualTo("\"'\t=1\"");
        assertThat(AuditCsv.cell("a=1")).isEqualTo("\"a=1\"");
    }

    @Test
    void cellsAreQuotedWithQuotesDoubledAndNullIsEmpty() {
        assertThat(AuditCsv.cell("say \"hi\", then\r\nleave")).isEqualTo("\"say \"\"hi\"\", then\r\nleave\"");
        assertThat(AuditCsv.cell(null)).isEqualTo("\"\"");
        assertThat(AuditCsv.cell("")).isEqualTo("\"\"");
    }

    @Test
    void startsWithAByteOrderMarkAndWritesOneCrlfLinePerEntry() {
        var out = new StringWriter();
        var csv = new AuditCsv(out, code -> code.equals("login.success") ? "登录成功" : code);
        csv.start(List.of("序号", "时间"));
        csv.write(new AuditEntryRow(42, Instant.parse("2026-01-31T16:30:00Z"), Instant.parse("2026-01-31T16:30:01Z"),
                "gm", "login.success", "account", "gm", null, "=cmd", "ab12"));

        assertThat(out.toString()).isEqualTo("\uFEFF\"序号\",\"时间\"\r\n"
                + "\"42\",\"2026-02-01 00:30:00\",\"gm\",\"login.success\",\"登录成功\",\"account\",\"gm\",\"\",\"'=cmd\",\"ab12\"\r\n");
    }
}
