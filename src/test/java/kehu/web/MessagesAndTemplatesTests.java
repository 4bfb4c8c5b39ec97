package kehu.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/**
 * Every UI string lives in a message bundle (STYLE.md §11): no template holds literal text, and each
 * Chinese bundle and its English twin have exactly the same keys, none of them empty.
 */
class MessagesAndTemplatesTests {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final Path MESSAGES = Path.of("src/main/resources/messages");
    static final Pattern LETTER = Pattern.compile("\\p{L}");
    static final Set<String> TEXT_ATTRIBUTES = Set.of("placeholder", "title", "alt", "aria-label", "label");

    @Test
    void templatesHoldNoLiteralText() throws IOException {
        var problems = new ArrayList<String>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                var doc = Jsoup.parse(Files.readString(file), "");
                for (Element e : doc.getAllElements()) {
                    if (e.tagName().equals("script") || e.tagName().equals("style")) {
                        continue;
                    }
                    boolean replaced = e.hasAttr("th:text") || e.hasAttr("th:utext");
                    for (TextNode t : e.textNodes()) {
                        if (!replaced && LETTER.matcher(t.text()).find()) {
                            problems.add(TEMPLATES.relativize(file) + ": text \"" + t.text().strip() + "\"");
                        }
                    }
                    for (var attr : e.attributes()) {
                        if (TEXT_ATTRIBUTES.contains(attr.getKey()) && LETTER.matcher(attr.getValue()).find()) {
                            problems.add(TEMPLATES.relativize(file) + ": attribute " + attr.getKey() + "=\"" + attr.getValue() + "\"");
                        }
                        if (attr.getKey().equals("value") && (e.tagName().equals("button")
                                || "submit".equals(e.attr("type")) || "button".equals(e.attr("type")))
                                && LETTER.matcher(attr.getValue()).find()) {
                            problems.add(TEMPLATES.relativize(file) + ": button value \"" + attr.getValue() + "\"");
                        }
                    }
                }
            }
        }
        assertThat(problems).as("literal UI text in templates (put it in messages/*.properties)").isEmpty();
    }

    @Test
    void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        var bundles = new ArrayList<String>();
        try (Stream<Path> files = Files.list(MESSAGES)) {
            files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".properties") && !n.contains("_"))
                    .forEach(n -> bundles.add(n.substring(0, n.length() - ".properties".length())));
        }
        assertThat(bundles).isNotEmpty();
        var problems = new ArrayList<String>();
        for (String bundle : bundles) {
            var zh = load(MESSAGES.resolve(bundle + ".properties"));
            var englishFile = MESSAGES.resolve(bundle + "_en.properties");
            if (!Files.exists(englishFile)) {
                problems.add(bundle + ": no English bundle");
                continue;
            }
            var en = load(englishFile);
            var onlyZh = new TreeSet<>(zh.stringPropertyNames());
            onlyZh.removeAll(en.stringPropertyNames());
            var onlyEn = new TreeSet<>(en.stringPropertyNames());
            onlyEn.removeAll(zh.stringPropertyNames());
            onlyZh.forEach(k -> problems.add(bundle + ": only in Chinese: " + k));
            onlyEn.forEach(k -> problems.add(bundle + ": only in English: " + k));
            for (var p : List.of(zh, en)) {
                p.stringPropertyNames().stream().filter(k -> p.getProperty(k).isBlank())
                        .forEach(k -> problems.add(bundle + ": empty value: " + k));
            }
        }
        assertThat(problems).as("message bundles drifted apart").isEmpty();
    }

    @Test
    void everyMessageKeyATemplateNamesExists() throws IOException {
        var keys = new java.util.HashSet<String>();
        try (Stream<Path> files = Files.list(MESSAGES)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".properties")).toList()) {
                keys.addAll(load(f).stringPropertyNames());
            }
        }
        var used = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");
        var missing = new TreeSet<String>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                var m = used.matcher(Files.readString(file));
                while (m.find()) {
                    if (!keys.contains(m.group(1))) {
                        missing.add(TEMPLATES.relativize(file) + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).as("message keys used in templates but defined nowhere").isEmpty();
    }

    @Test
    void noKeyIsDefinedInTwoBundles() throws IOException {
        var seen = new java.util.HashMap<String, String>();
        var problems = new ArrayList<String>();
        try (Stream<Path> files = Files.list(MESSAGES)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".properties") && !f.toString().contains("_en")).toList()) {
                for (String key : load(f).stringPropertyNames()) {
                    var previous = seen.put(key, f.getFileName().toString());
                    if (previous != null) {
                        problems.add(key + " in " + previous + " and " + f.getFileName());
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** {@link Properties} keeps the last of two lines with the same key silently; a bundle must not have them. */
    @Test
    void noKeyIsDefinedTwiceInOneBundle() throws IOException {
        var problems = new ArrayList<String>();
        var keyLine = Pattern.compile("^\\s*([^#!\\s=:][^=:\\s]*)\\s*[=:]");
        try (Stream<Path> files = Files.list(MESSAGES)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".properties")).sorted().toList()) {
                var seen = new java.util.HashSet<String>();
                boolean continued = false;
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    var m = keyLine.matcher(line);
                    if (!continued && m.find() && !seen.add(m.group(1))) {
                        problems.add(f.getFileName() + ": " + m.group(1));
                    }
                    continued = line.endsWith("\\") && !line.endsWith("\\\\");
                }
            }
        }
        assertThat(problems).as("keys defined twice in the same bundle").isEmpty();
    }

    static Properties load(Path file) throws IOException {
        var p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
