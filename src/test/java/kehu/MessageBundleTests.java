package kehu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The message bundles: a key written twice in one file silently takes one of the two texts (a page showed
 * "鉴定与销毁" where "到 … 为止可销毁的档案" was meant), so no file may define a key twice.
 */
class MessageBundleTests {

    @Test
    void noBundleDefinesAKeyTwice() throws IOException {
        var twice = new ArrayList<String>();
        List<Path> files;
        try (var list = Files.list(Path.of("src/main/resources/messages"))) {
            files = list.filter(p -> p.toString().endsWith(".properties")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        for (var file : files) {
            var seen = new HashSet<String>();
            for (var line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                var l = line.strip();
                if (l.isEmpty() || l.startsWith("#") || l.startsWith("!") || !l.contains("=")) {
                    continue;
                }
                var key = l.substring(0, l.indexOf('=')).strip();
                if (!seen.add(key)) {
                    twice.add(file.getFileName() + ": " + key);
                }
            }
        }
        assertThat(twice).as("keys defined twice").isEmpty();
    }
}
