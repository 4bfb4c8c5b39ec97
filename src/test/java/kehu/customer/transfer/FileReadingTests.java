package kehu.customer.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.dhatim.fastexcel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading uploaded files: encodings, capped cells, xlsx structure — without the application. */
class FileReadingTests {

    @TempDir Path dir;

    Path file(String name, byte[] bytes) throws IOException {
        var f = dir.resolve(name);
        Files.write(f, bytes);
        return f;
    }

    static final String CSV = "客户名称,手机号码\r\n张三,13812345678\r\n\"北京（海淀）科技有限公司\",\"010-12345678\"\r\n";

    List<SheetRow> rows(RowSource source) throws IOException {
        var rows = new ArrayList<SheetRow>();
        try (source) {
            SheetRow row;
            while ((row = source.next()) != null) {
                rows.add(row);
            }
        }
        return rows;
    }

    List<SheetRow> csv(Path f) throws IOException {
        return rows(new CsvRowSource(f, CharsetDetection.detect(f)));
    }

    @Test
    void detectsUtf8WithAndWithoutByteOrderMarkAndGbk() throws IOException {
        var bom = new ByteArrayOutputStream();
        bom.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bom.write(CSV.getBytes(StandardCharsets.UTF_8));
        var withBom = file("bom.csv", bom.toByteArray());
        var plain = file("plain.csv", CSV.getBytes(StandardCharsets.UTF_8));
        var gbk = file("gbk.csv", CSV.getBytes(Charset.forName("GBK")));

        assertThat(CharsetDetection.detect(withBom)).isEqualTo(new CharsetDetection.Detected(StandardCharsets.UTF_8, 3));
        assertThat(CharsetDetection.detect(plain)).isEqualTo(new CharsetDetection.Detected(StandardCharsets.UTF_8, 0));
        assertThat(CharsetDetection.detect(gbk).charset()).isEqualTo(CharsetDetection.GB18030);
        for (var f : List.of(withBom, plain, gbk)) {
            var rows = csv(f);
            assertThat(rows).hasSize(3);
            assertThat(rows.get(0).cells()).containsExactly("客户名称", "手机号码");
            assertThat(rows.get(2).cells()).containsExactly("北京（海淀）科技有限公司", "010-12345678");
            assertThat(rows.get(2).number()).isEqualTo(3);
        }
    }

    @Test
    void refusesUtf16AndBinary() throws IOException {
        var utf16 = file("u16.csv", CSV.getBytes(StandardCharsets.UTF_16LE));
        var utf16Bom = file("u16bom.csv", CSV.getBytes(StandardCharsets.UTF_16));
        var random = new byte[4096];
        new Random(42).nextBytes(random);
        random[100] = 0;
        var binary = file("random.csv", random);
        assertThatThrownBy(() -> CharsetDetection.detect(utf16)).isInstanceOf(UnreadableFile.class)
                .hasMessage("customer.import.encoding.binary");
        assertThatThrownBy(() -> CharsetDetection.detect(utf16Bom)).isInstanceOf(UnreadableFile.class)
                .hasMessage("customer.import.encoding.utf16");
        assertThatThrownBy(() -> CharsetDetection.detect(binary)).isInstanceOf(UnreadableFile.class);
        var noNul = new byte[] {(byte) 0x81, (byte) 0x20, (byte) 0xFF, (byte) 0xFE, (byte) 0x80, 0x41};
        assertThatThrownBy(() -> CharsetDetection.detect(file("odd.csv", noNul))).isInstanceOf(UnreadableFile.class)
                .hasMessage("customer.import.encoding.unknown");
    }

    @Test
    void cutsHugeCsvCellsWhileReadingAndSaysWhich() throws IOException {
        var huge = "x".repeat(10 * 1024 * 1024);
        var text = "名称,备注\n甲,\"" + huge + "\"\n乙," + huge + "\n\"丙\"\"\",\"a,b\nc\"\n丁,ok";
        var rows = csv(file("huge.csv", text.getBytes(StandardCharsets.UTF_8)));
        assertThat(rows).hasSize(5);
        assertThat(rows.get(1).cell(1)).hasSize(ImportLimits.MAX_CELL);
        assertThat(rows.get(1).overflowed()).containsExactly(1);
        assertThat(rows.get(2).cell(1)).hasSize(ImportLimits.MAX_CELL);
        assertThat(rows.get(2).overflowed()).containsExactly(1);
        assertThat(rows.get(3).cells()).containsExactly("丙\"", "a,b\nc");
        assertThat(rows.get(3).overflowed()).isEmpty();
        assertThat(rows.get(4).cells()).containsExactly("丁", "ok");
        assertThat(rows.get(4).number()).isEqualTo(5);
    }

    byte[] workbook(String... cells) throws IOException {
        var out = new ByteArrayOutputStream();
        var wb = new Workbook(out, "Kehu", "1.0");
        var ws = wb.newWorksheet("客户");
        for (int i = 0; i < cells.length; i++) {
            ws.value(i / 2, i % 2, cells[i]);
        }
        ws.inlineString(5, 0, "内联");
        ws.value(5, 1, 13812345678L);
        ws.value(6, 0, LocalDate.of(2026, 3, 1));
        ws.style(6, 0).format("yyyy-mm-dd").set();
        ws.value(6, 1, true);
        wb.finish();
        return out.toByteArray();
    }

    @Test
    void readsTheFirstSheetOfAnXlsxWorkbook() throws IOException {
        var f = file("a.xlsx", workbook("客户名称", "手机号码", "张三", "13812345678"));
        var rows = rows(new XlsxRowSource(f));
        assertThat(rows.get(0).cells()).containsExactly("客户名称", "手机号码");
        assertThat(rows.get(1).cells()).containsExactly("张三", "13812345678");
        assertThat(rows.get(2).number()).isEqualTo(6);
        assertThat(rows.get(2).cells()).containsExactly("内联", "13812345678");
        assertThat(rows.get(3).cells()).containsExactly("2026-03-01", "true");
    }

    @Test
    void cutsHugeXlsxCells() throws IOException {
        var huge = "长".repeat(3 * 1024 * 1024);
        var out = new ByteArrayOutputStream();
        var wb = new Workbook(out, "Kehu", "1.0");
        var ws = wb.newWorksheet("客户");
        ws.value(0, 0, "名称");
        ws.value(1, 0, huge);
        ws.inlineString(2, 0, huge);
        wb.finish();
        var rows = rows(new XlsxRowSource(file("huge.xlsx", out.toByteArray())));
        assertThat(rows.get(1).cell(0)).hasSize(ImportLimits.MAX_CELL);
        assertThat(rows.get(1).overflowed()).containsExactly(0);
        assertThat(rows.get(2).cell(0)).hasSize(ImportLimits.MAX_CELL);
        assertThat(rows.get(2).overflowed()).containsExactly(0);
    }

    @Test
    void refusesTruncatedAndFakeWorkbooks() throws IOException {
        var whole = workbook("名称", "手机", "张三", "13812345678");
        var truncated = file("cut.xlsx", java.util.Arrays.copyOf(whole, whole.length / 2));
        var text = file("text.xlsx", CSV.getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> rows(new XlsxRowSource(truncated))).isInstanceOf(UnreadableFile.class)
                .hasMessage("customer.import.xlsx.damaged");
        assertThatThrownBy(() -> rows(new XlsxRowSource(text))).isInstanceOf(UnreadableFile.class)
                .hasMessage("customer.import.xlsx.notWorkbook");
    }
}
