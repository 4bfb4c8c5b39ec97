import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Helpers of the benchmark harness (bench/run.sh), one dependency-free file:
 *
 * <pre>
 *   java bench/BenchTool.java terms  --csv F --out DIR [--seed 42] [--count 300]
 *   java bench/BenchTool.java load   --csv F --base http://127.0.0.1:18080 --token kehu_… [--parallel 4]
 *   java bench/BenchTool.java report --dir RUN_DIR --doc docs/performance.md --key small-h2
 *   java bench/BenchTool.java documents --base … --token … --archives archive-ids.txt --count 1000 [--per-archive 5]
 *   java bench/BenchTool.java close --base … --token … --ids closed-ids.txt [--parallel 4]
 * </pre>
 *
 * <ul>
 *   <li>{@code terms} picks what people type into the search box from the generated customers (seeded):
 *       one character of a name, the first two characters of a name, a name's pinyin initials, a mobile's
 *       last four digits; and the provinces present, for the list filter. Files of lines
 *       {@code raw<TAB>url-encoded} that the wrk scripts and SqlLike read.</li>
 *   <li>{@code load} creates the customers of the CSV through {@code POST /api/v1/customers}, a bounded
 *       number of requests at a time (for small scales only; large ones go through the import API).</li>
 *   <li>{@code report} turns a run's {@code meta.txt} and {@code results.txt} (key=value lines) into a
 *       Markdown section and puts it into docs/performance.md, replacing the section of the same scale
 *       and database and keeping the others.</li>
 *   <li>{@code documents} files documents into the archives listed (a few per archive) through
 *       {@code POST /api/v1/archives/{id}/documents}, each with a real file: a greyscale JPEG "scan" of an A4
 *       page at 100 dpi with lines of text-like marks (about 100 KB), different for every document and
 *       reproducible from the seed. Prints the documents filed per second and the bytes stored.</li>
 *   <li>{@code close} closes (销户) the customers listed through {@code POST /api/v1/customers/{id}/close}, so
 *       that their archives move to the closed section with a destruction date (the disposition list).</li>
 * </ul>
 */
public class BenchTool {

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: BenchTool terms|load|report [options]");
        }
        var options = options(args);
        switch (args[0]) {
            case "terms" -> terms(options);
            case "load" -> load(options);
            case "report" -> report(options);
            case "documents" -> documents(options);
            case "close" -> close(options);
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
    }

    static Map<String, String> options(String[] args) {
        var options = new HashMap<String, String>();
        for (int i = 1; i < args.length - 1; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected an option, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }

    static String required(Map<String, String> options, String name) {
        var value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing --" + name);
        }
        return value;
    }

    // --- the generated CSV ---------------------------------------------------------------------------

    /** One row of the generator's CSV (客户类型,客户名称,证件号码,手机号码,固定电话,地区编码,详细地址,来源,状态,标签). */
    record Row(String kind, String name, String idNumber, String mobile, String landline, String region,
               String address, String source, String status, String tags) {

        static Row parse(String line) {
            var c = line.split(",", -1);
            if (c.length != 10) {
                throw new IllegalArgumentException("expected 10 columns: " + line);
            }
            return new Row(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9]);
        }

        boolean individual() {
            return "个人".equals(kind);
        }
    }

    interface RowConsumer {
        void accept(long index, Row row) throws Exception;
    }

    static long eachRow(Path csv, RowConsumer consumer) throws Exception {
        long n = 0;
        try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            var header = in.readLine();
            if (header == null || !header.replace("\uFEFF", "").startsWith("客户类型,客户名称")) {
                throw new IllegalArgumentException(csv + " is not a customer CSV of bench/CustomerGenerator.java");
            }
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isEmpty()) {
                    consumer.accept(n++, Row.parse(line));
                }
            }
        }
        return n;
    }

    // --- terms ---------------------------------------------------------------------------------------

    /**
     * Pinyin initials of the characters the generator uses in personal names (each followed by its
     * initials; several when the character has several readings, the usual one first). Made once with
     * pinyin4j 2.5.1 from CustomerGenerator's name tables.
     */
    static final String INITIALS = "一y 丁dz 万wm 东d 严y 丹d 丽l 于y 云y 亮l 付f 任r 伟w 佑y 何h 余yt 佳j 侯h 俊jz 倩q "
            + "健j 兰l 军j 冯fp 凤f 凯k 刘l 刚g 利l 勇y 华h 博b 卢l 卫w 史s 叶yx 司s 向x 吕l 吴w 周z 唐t 嘉j 国g "
            + "夏xj 天t 姚y 姜j 娜n 娟j 婷t 子z 孔k 孙s 孟m 宁n 宇y 宋s 家jg 宸c 尹y 峰f 崔c 帅s 帆f 平p 廖l "
            + "建j 张z 强qj 彤t 彭p 徐x 德d 志z 思s 怡y 悦y 慧h 成c 戴d 振z 敏m 文w 斌b 新x 方f 旭x 昊h 明m "
            + "春c 晓x 晨c 晶j 曦x 曹c 曾cz 朱z 李l 杜d 杨y 杰j 林l 桂g 梁l 梅m 梓z 梦m 欢h 欣x 欧o 武w 段d "
            + "毛m 永y 汐x 江j 汤ts 汪w 沈sc 波bp 泽z 洋y 浩h 海h 涛t 涵h 淑s 潘p 烨y 然r 熊x 燕y 爱a 玉y 王w "
            + "玲l 珍z 琪q 琳l 瑞r 田t 白b 睿r 石sd 磊l 秀x 秦q 程c 立l 红hg 罗l 翔x 肖x 胜s 胡h 艳y 芳f 苏s "
            + "若r 英y 范f 莉l 莫m 萍p 葛g 董d 蒋j 蔡c 薛x 袁y 覃tq 许x 诗s 诸z 诺n 谢x 谭t 豪h 贺h 贾jg 赵z "
            + "超c 轩x 辉h 远y 邓d 邱q 邵s 邹z 郑z 郝h 郭g 金j 鑫x 钟z 钱q 铭m 闫y 阳y 陆l 陈c 陶ty 雨y 雪x "
            + "雷l 霞x 静j 韦w 韩h 顾g 颖y 飞f 马m 高g 魏w 鹏p 黄h 黎l 龙l 龚g";

    static Map<Character, String> initials() {
        var map = new HashMap<Character, String>();
        for (var entry : INITIALS.split(" ")) {
            map.put(entry.charAt(0), entry.substring(1));
        }
        return map;
    }

    /** Initials of a name when every character has one reading only; null otherwise. */
    static String pinyinInitials(String name, Map<Character, String> initials) {
        var b = new StringBuilder();
        for (char c : name.toCharArray()) {
            var i = initials.get(c);
            if (i == null || i.length() != 1) {
                return null;
            }
            b.append(i);
        }
        return b.toString();
    }

    /** Reservoir sampling (algorithm R) of up to {@code size} values, deterministic for a seed. */
    static final class Reservoir {
        final List<String> values = new ArrayList<>();
        final int size;
        final SplittableRandom random;
        long seen;

        Reservoir(int size, SplittableRandom random) {
            this.size = size;
            this.random = random;
        }

        void offer(String value) {
            if (value == null || value.isEmpty()) {
                return;
            }
            seen++;
            if (values.size() < size) {
                values.add(value);
            } else {
                long j = random.nextLong(seen);
                if (j < size) {
                    values.set((int) j, value);
                }
            }
        }
    }

    static void terms(Map<String, String> options) throws Exception {
        var csv = Path.of(required(options, "csv"));
        var out = Path.of(required(options, "out"));
        long seed = Long.parseLong(options.getOrDefault("seed", "42"));
        int count = Integer.parseInt(options.getOrDefault("count", "300"));
        var random = new SplittableRandom(seed);
        var initials = initials();
        var kinds = new LinkedHashMap<String, Reservoir>();
        for (var kind : List.of("name1", "name2", "pinyin", "phone4")) {
            kinds.put(kind, new Reservoir(count, random.split()));
        }
        var provinces = new TreeSet<String>();
        var pick = random.split();
        long rows = eachRow(csv, (i, row) -> {
            if (row.individual()) {
                var name = row.name();
                int at = pick.nextInt(name.length());
                kinds.get("name1").offer(name.substring(at, at + 1));
                if (name.length() >= 2) {
                    kinds.get("name2").offer(name.substring(0, 2));
                }
                var py = pinyinInitials(name, initials);
                if (py != null && py.length() >= 2) {
                    kinds.get("pinyin").offer(py);
                }
            }
            if (row.mobile().length() == 11) {
                kinds.get("phone4").offer(row.mobile().substring(7));
            }
            if (row.region().length() == 6) {
                provinces.add(row.region().substring(0, 2) + "0000");
            }
        });
        Files.createDirectories(out);
        for (var entry : kinds.entrySet()) {
            write(out.resolve("terms-" + entry.getKey() + ".txt"), entry.getValue().values);
        }
        write(out.resolve("provinces.txt"), new ArrayList<>(provinces));
        System.out.printf(Locale.ROOT, "terms from %d rows: %s; %d provinces%n", rows,
                kinds.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().values.size()).toList(),
                provinces.size());
    }

    static void write(Path file, List<String> values) throws IOException {
        var lines = values.stream().map(v -> v + "\t" + URLEncoder.encode(v, StandardCharsets.UTF_8)).toList();
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    // --- load through the REST API -------------------------------------------------------------------

    static String json(String s) {
        if (s == null || s.isEmpty()) {
            return "null";
        }
        var b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    static String status(String chinese) {
        return switch (chinese) {
            case "正式" -> "ACTIVE";
            case "潜在" -> "POTENTIAL";
            case "休眠" -> "DORMANT";
            default -> throw new IllegalArgumentException("unknown status " + chinese);
        };
    }

    /** The body of {@code POST /api/v1/customers} for one row (no owner: the customer starts in the public pool). */
    static String customerJson(Row row) {
        var tags = row.tags().isEmpty() ? "[]" : "[" + json(row.tags()) + "]";
        return "{\"kind\":\"" + (row.individual() ? "INDIVIDUAL" : "ORGANIZATION") + "\""
                + ",\"name\":" + json(row.name()) + ",\"idNumber\":" + json(row.idNumber())
                + ",\"mobile\":" + json(row.mobile()) + ",\"landline\":" + json(row.landline())
                + ",\"regionCode\":" + json(row.region()) + ",\"address\":" + json(row.address())
                + ",\"source\":" + json(row.source()) + ",\"status\":\"" + status(row.status()) + "\""
                + ",\"tags\":" + tags + "}";
    }

    static void load(Map<String, String> options) throws Exception {
        var csv = Path.of(required(options, "csv"));
        var base = required(options, "base");
        var token = required(options, "token");
        int parallel = Integer.parseInt(options.getOrDefault("parallel", "4"));
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        var pool = Executors.newFixedThreadPool(parallel);
        var created = new AtomicLong();
        var failed = new AtomicLong();
        var failures = new ConcurrentLinkedQueue<String>();
        var permits = new java.util.concurrent.Semaphore(parallel * 4);
        long start = System.nanoTime();
        long rows = eachRow(csv, (i, row) -> {
            permits.acquire();
            pool.execute(() -> {
                try {
                    var request = HttpRequest.newBuilder(URI.create(base + "/api/v1/customers"))
                            .timeout(Duration.ofSeconds(60))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(customerJson(row), StandardCharsets.UTF_8))
                            .build();
                    var response = client.send(request, HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 201) {
                        created.incrementAndGet();
                    } else {
                        failed.incrementAndGet();
                        if (failures.size() < 5) {
                            failures.add("row " + (i + 2) + ": " + response.statusCode() + " " + response.body());
                        }
                    }
                } catch (Exception e) {
                    failed.incrementAndGet();
                    if (failures.size() < 5) {
                        failures.add("row " + (i + 2) + ": " + e);
                    }
                } finally {
                    permits.release();
                }
            });
        });
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.DAYS);
        double seconds = (System.nanoTime() - start) / 1e9;
        failures.forEach(f -> System.err.println("load: " + f));
        System.out.printf(Locale.ROOT, "load_rows=%d load_created=%d load_failed=%d load_seconds=%.2f load_rows_per_s=%.1f%n",
                rows, created.get(), failed.get(), seconds, created.get() / seconds);
        if (failed.get() > 0) {
            System.exit(1);
        }
    }

    // --- documents and closings ----------------------------------------------------------------------

    /** Runs {@code work} for 0 … count-1 on {@code parallel} threads; prints failures; returns the failures. */
    interface Work {
        String run(int i) throws Exception; // null when done, else what went wrong
    }

    static long inParallel(int count, int parallel, Work work, AtomicLong done) throws InterruptedException {
        var pool = Executors.newFixedThreadPool(parallel);
        var failed = new AtomicLong();
        var failures = new ConcurrentLinkedQueue<String>();
        for (int i = 0; i < count; i++) {
            int n = i;
            pool.execute(() -> {
                String problem;
                try {
                    problem = work.run(n);
                } catch (Exception e) {
                    problem = e.toString();
                }
                if (problem == null) {
                    done.incrementAndGet();
                } else {
                    failed.incrementAndGet();
                    if (failures.size() < 5) {
                        failures.add("#" + n + ": " + problem);
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.DAYS);
        failures.forEach(f -> System.err.println("failed " + f));
        return failed.get();
    }

    static HttpRequest.Builder api(String base, String path, String token) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + token);
    }

    static void documents(Map<String, String> options) throws Exception {
        var base = required(options, "base");
        var token = required(options, "token");
        var archives = Files.readAllLines(Path.of(required(options, "archives"))).stream()
                .map(String::trim).filter(s -> !s.isEmpty()).map(Long::parseLong).toList();
        int count = Integer.parseInt(required(options, "count"));
        int perArchive = Integer.parseInt(options.getOrDefault("per-archive", "5"));
        int parallel = Integer.parseInt(options.getOrDefault("parallel", "4"));
        long seed = Long.parseLong(options.getOrDefault("seed", "42"));
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        var volumes = new java.util.concurrent.ConcurrentHashMap<Long, String[]>();
        var bytes = new AtomicLong();
        var filed = new AtomicLong();
        // 16 pages scanned once; each document's file is one of them with its own JPEG comment (unique bytes)
        var pages = new byte[16][];
        for (int p = 0; p < pages.length; p++) {
            pages[p] = scan(new SplittableRandom(seed * 31 + p));
        }
        long start = System.nanoTime();
        long failed = inParallel(count, parallel, i -> {
            long archiveId = archives.get((i / perArchive) % archives.size());
            var target = volumes.computeIfAbsent(archiveId, id -> {
                try {
                    var answer = client.send(api(base, "/api/v1/archives/" + id, token).GET().build(),
                            HttpResponse.BodyHandlers.ofString()).body();
                    var volume = java.util.regex.Pattern.compile("\"volumes\":\\[\\{\"id\":(\\d+)").matcher(answer);
                    var category = java.util.regex.Pattern.compile("\"categoryCode\":\"([^\"]+)\"").matcher(answer);
                    return volume.find() && category.find() ? new String[] {volume.group(1), category.group(1)} : new String[0];
                } catch (Exception e) {
                    return new String[0];
                }
            });
            if (target.length == 0) {
                return "archive " + archiveId + ": no volume";
            }
            var random = new SplittableRandom(seed * 1_000_003 + i);
            var jpeg = withComment(pages[i % pages.length], "kehu bench document " + (i + 1) + " seed " + seed);
            var boundary = "----kehu-bench-" + Long.toHexString(random.nextLong());
            var body = new java.io.ByteArrayOutputStream(jpeg.length + 2048);
            var fields = new LinkedHashMap<String, String>();
            fields.put("volumeId", target[0]);
            fields.put("title", "扫描件 " + (i + 1));
            fields.put("categoryCode", target[1] + ".01");
            fields.put("carrier", "ELECTRONIC");
            fields.put("original", "false");
            fields.put("signed", "false");
            fields.put("pages", "1");
            fields.put("date", java.time.LocalDate.of(2020, 1, 1).plusDays(random.nextInt(2500)).toString());
            fields.put("responsible", "档案员");
            for (var field : fields.entrySet()) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                        + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"scan-" + (i + 1)
                    + ".jpg\"\r\nContent-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(jpeg);
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            var response = client.send(api(base, "/api/v1/archives/" + archiveId + "/documents", token)
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                return "archive " + archiveId + ": " + response.statusCode() + " " + response.body();
            }
            bytes.addAndGet(jpeg.length);
            return null;
        }, filed);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "documents_filed=%d documents_failed=%d documents_seconds=%.2f documents_per_s=%.1f "
                + "documents_bytes=%d documents_archives=%d%n", filed.get(), failed, seconds, filed.get() / seconds, bytes.get(),
                volumes.size());
        if (failed > 0) {
            System.exit(1);
        }
    }

    /** The JPEG with a comment segment (COM) right after its start-of-image marker. */
    static byte[] withComment(byte[] jpeg, String comment) {
        var text = comment.getBytes(StandardCharsets.US_ASCII);
        var out = new byte[jpeg.length + 4 + text.length];
        out[0] = jpeg[0];
        out[1] = jpeg[1];
        out[2] = (byte) 0xFF;
        out[3] = (byte) 0xFE;
        out[4] = (byte) ((text.length + 2) >> 8);
        out[5] = (byte) (text.length + 2);
        System.arraycopy(text, 0, out, 6, text.length);
        System.arraycopy(jpeg, 2, out, 6 + text.length, jpeg.length - 2);
        return out;
    }

    /** A greyscale JPEG of an A4 page at 100 dpi: margins, lines of text-like marks, a little scanner noise. */
    static byte[] scan(SplittableRandom random) throws IOException {
        int width = 827;
        int height = 1169;
        var image = new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
        var raster = image.getRaster();
        int[] row = new int[width];
        int[] marks = new int[width];
        for (int y = 0; y < height; y++) {
            int line = (y - 90) / 16;
            boolean textLine = y > 90 && y < height - 90 && (y - 90) % 16 < 11;
            if (textLine && (y - 90) % 16 == 0 || y == 91) {
                // a new line of "words": runs of ink 2–4 characters wide, gaps between words
                java.util.Arrays.fill(marks, 0);
                int x = 80;
                int end = line % 7 == 6 ? 80 + random.nextInt(width - 160) : width - 80;
                while (x < end) {
                    int word = 12 * (2 + random.nextInt(3));
                    for (int k = x; k < Math.min(x + word, end); k++) {
                        marks[k] = (k - x) % 12 < 10 ? 1 : 0;
                    }
                    x += word + 8;
                }
            }
            for (int x = 0; x < width; x++) {
                int ink = 246;
                if (textLine && marks[x] == 1 && random.nextInt(4) != 0) {
                    ink = 40 + random.nextInt(60);
                } else if (random.nextInt(50) == 0) {
                    ink = 200 + random.nextInt(40); // scanner noise
                }
                row[x] = ink;
            }
            raster.setPixels(0, y, width, 1, row);
        }
        var out = new java.io.ByteArrayOutputStream(160_000);
        var writer = javax.imageio.ImageIO.getImageWritersByFormatName("jpeg").next();
        var params = writer.getDefaultWriteParam();
        params.setCompressionMode(javax.imageio.ImageWriteParam.MODE_EXPLICIT);
        params.setCompressionQuality(0.6f);
        try (var stream = javax.imageio.ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new javax.imageio.IIOImage(image, null, null), params);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    static void close(Map<String, String> options) throws Exception {
        var base = required(options, "base");
        var token = required(options, "token");
        var ids = Files.readAllLines(Path.of(required(options, "ids"))).stream()
                .map(String::trim).filter(s -> !s.isEmpty()).toList();
        int parallel = Integer.parseInt(options.getOrDefault("parallel", "4"));
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        var closed = new AtomicLong();
        long start = System.nanoTime();
        long failed = inParallel(ids.size(), parallel, i -> {
            var response = client.send(api(base, "/api/v1/customers/" + ids.get(i) + "/close", token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"用户销户（基准测试）\"}", StandardCharsets.UTF_8))
                    .build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() / 100 == 2 ? null : "customer " + ids.get(i) + ": " + response.statusCode() + " " + response.body();
        }, closed);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "closed=%d close_failed=%d close_seconds=%.2f close_per_s=%.1f%n", closed.get(), failed,
                seconds, closed.get() / seconds);
        if (failed > 0) {
            System.exit(1);
        }
    }

    // --- report ---------------------------------------------------------------------------------------

    /** key=value pairs of one line (values without spaces; {@code _} stands for a space in text values). */
    static Map<String, String> pairs(String line) {
        var map = new LinkedHashMap<String, String>();
        for (var part : line.trim().split("\\s+")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                map.put(part.substring(0, eq), part.substring(eq + 1));
            }
        }
        return map;
    }

    static Map<String, String> readMeta(Path file) throws IOException {
        var meta = new LinkedHashMap<String, String>();
        for (var line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                meta.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return meta;
    }

    static double num(Map<String, String> m, String key) {
        var v = m.get(key);
        return v == null || v.isEmpty() || v.equals("-") ? Double.NaN : Double.parseDouble(v);
    }

    static String f(double v, int decimals) {
        return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%,." + decimals + "f", v);
    }

    /** A count with thousands separators when it is one; anything else as it is. */
    static String grouped(String value) {
        if (value == null) {
            return "—";
        }
        try {
            return String.format(Locale.ROOT, "%,d", Long.parseLong(value.replace(",", "").trim()));
        } catch (NumberFormatException e) {
            return value;
        }
    }

    static String mark(double value, double target, boolean atMost) {
        if (Double.isNaN(value)) {
            return "—";
        }
        return (atMost ? value <= target : value >= target) ? "met" : "**missed**";
    }

    static final Map<String, String> SCENARIOS = new LinkedHashMap<>();

    static {
        SCENARIOS.put("constant", "bare endpoint `GET /bench/constant` (ceiling)");
        SCENARIOS.put("page", "customer page `GET /customers/{id}`");
        SCENARIOS.put("list", "customer list page with a filter `GET /customers?status=ACTIVE&province=…`");
        SCENARIOS.put("api_list", "REST list `GET /api/v1/customers?status=ACTIVE&regionCode=…`");
        SCENARIOS.put("search", "search as you type `GET /customers?q=…` (htmx rows)");
        SCENARIOS.put("archive_page", "archive page `GET /archives/{id}`");
        SCENARIOS.put("disposition", "disposition list for a year `GET /archives?destroyBy=…`");
        SCENARIOS.put("matters", "open-matters page `GET /service/matters?page=…` (supervisor)");
        SCENARIOS.put("intake_search", "intake customer search `GET /service/intake/customers?customerQuery=…` (htmx)");
        SCENARIOS.put("intake_create", "matter registration `POST /api/v1/service/matters`");
        SCENARIOS.put("mix", "working-day mix");
    }

    static final Map<String, String> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("name1", "one character of a name");
        KINDS.put("name2", "first two characters of a name");
        KINDS.put("pinyin", "pinyin initials of a name");
        KINDS.put("phone4", "last four digits of a mobile");
    }

    static void report(Map<String, String> options) throws Exception {
        var dir = Path.of(required(options, "dir"));
        var meta = readMeta(dir.resolve("meta.txt"));
        var results = new ArrayList<Map<String, String>>();
        var resultsFile = dir.resolve("results.txt");
        if (Files.exists(resultsFile)) {
            for (var line : Files.readAllLines(resultsFile, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    results.add(pairs(line));
                }
            }
        }
        var section = section(meta, results);
        Files.writeString(dir.resolve("report.md"), section, StandardCharsets.UTF_8);
        var doc = options.get("doc");
        if (doc != null) {
            var key = required(options, "key");
            updateDoc(Path.of(doc), key, section);
            System.out.println("updated " + doc + " (section " + key + ")");
        }
        System.out.print(section);
    }

    static void updateDoc(Path doc, String key, String section) throws IOException {
        var begin = "<!-- bench:" + key + " -->";
        var end = "<!-- /bench:" + key + " -->";
        var block = begin + "\n" + section + end + "\n";
        String text = Files.exists(doc) ? Files.readString(doc, StandardCharsets.UTF_8) : "";
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        if (from >= 0 && to > from) {
            text = text.substring(0, from) + block + text.substring(to + end.length()).replaceFirst("^\n", "");
        } else {
            var anchor = "<!-- bench:results -->";
            int at = text.indexOf(anchor);
            if (at >= 0) {
                int insert = at + anchor.length();
                text = text.substring(0, insert) + "\n\n" + block + text.substring(insert).replaceFirst("^\n", "");
            } else {
                text = text + (text.endsWith("\n") || text.isEmpty() ? "" : "\n") + "\n" + block;
            }
        }
        Files.writeString(doc, text, StandardCharsets.UTF_8);
    }

    static String section(Map<String, String> meta, List<Map<String, String>> results) {
        var w = new StringWriter();
        var out = new PrintWriter(w);
        boolean failed = results.stream().anyMatch(r -> "FAILED".equals(r.get("verdict")))
                || "FAILED".equals(meta.get("verdict"));
        out.printf("### %s customers on %s — %s%s%n%n", grouped(meta.get("customers_label")), meta.get("database_label"),
                meta.get("date"), failed ? " — **FAILED (errors, see below)**" : "");
        out.printf("- Command: `%s`%n", meta.get("command"));
        out.printf("- Machine: %s, %s cores, %s RAM; load average at start %s%n", meta.get("cpu"), meta.get("cores"),
                meta.get("memory"), meta.get("loadavg"));
        out.printf("- JDK: %s; server `java -Xmx%s -jar target/kehu-0.1.0-SNAPSHOT.jar` (profiles `%s`, Tomcat accept queue %s), git `%s`%n",
                meta.get("jdk"), meta.get("xmx"), meta.get("profiles"), meta.getOrDefault("accept_count", "100"), meta.get("git"));
        out.printf("- Database: %s; data: %s customers loaded (%s in the table), seed %s; load tool wrk %s, "
                        + "%s s per step after %s s warm-up, timeout %s%n",
                meta.get("database_label"), grouped(meta.get("loaded")), grouped(meta.get("customers_total")), meta.get("seed"),
                meta.get("wrk"), meta.get("duration"), meta.get("warmup"), meta.get("timeout"));
        if (meta.containsKey("notes") && !meta.get("notes").isBlank()) {
            out.printf("- Not measured in this run: %s%n", meta.get("notes"));
        }
        out.println();

        out.println("| Start-up and footprint | Figure | Target | |");
        out.println("|---|---|---|---|");
        double healthy = num(meta, "startup_seconds");
        double idle = num(meta, "idle_rss_mb");
        out.printf("| process start to `/actuator/health` UP | %s s | ≤ 10 s | %s |%n", f(healthy, 1), mark(healthy, 10, true));
        out.printf("| process start to readiness UP (start-up work such as demo data done) | %s s | | |%n", f(num(meta, "ready_seconds"), 1));
        out.printf("| idle RSS after start | %s MB | ≤ 400 MB | %s |%n", f(idle, 0), mark(idle, 400, true));
        double peak = results.stream().mapToDouble(r -> num(r, "peak_rss_mb")).filter(v -> !Double.isNaN(v)).max().orElse(Double.NaN);
        out.printf("| peak RSS under load | %s MB | | |%n", f(peak, 0));
        out.printf("| RSS after the run | %s MB | | |%n", f(num(meta, "final_rss_mb"), 0));
        out.println();

        out.println("| Loading | Figure | Target | |");
        out.println("|---|---|---|---|");
        var loadMethod = meta.getOrDefault("load_method", "-");
        double loadRate = num(meta, "load_rows_per_s");
        out.printf("| %s | %s rows in %s s = %s rows/s | | |%n",
                loadMethod.replace('_', ' '), grouped(meta.get("loaded")), f(num(meta, "load_seconds"), 1), f(loadRate, 0));
        double bulkRate = num(meta, "bulk_rows_per_s");
        out.printf("| database bulk load (%s) of the same rows | %s rows in %s s = %s rows/s | | |%n",
                meta.getOrDefault("bulk_method", "—").replace('_', ' '), grouped(meta.get("bulk_rows")),
                f(num(meta, "bulk_seconds"), 1), f(bulkRate, 0));
        boolean imported = loadMethod.startsWith("import");
        double importRatio = imported ? num(meta, "load_seconds") / num(meta, "bulk_seconds") : Double.NaN;
        out.printf("| import time ÷ bulk-load time | %s× | ≤ 3× | %s |%n", f(importRatio, 1),
                imported ? mark(importRatio, 3, true) : "import API not available");
        if (imported && num(meta, "loaded_rows") >= 100_000) {
            double perMillion = num(meta, "load_seconds") * 1_000_000 / num(meta, "loaded_rows");
            out.printf("| import time scaled to 1,000,000 rows | %s s | ≤ 120 s | %s |%n", f(perMillion, 0),
                    mark(perMillion, 120, true));
        }
        if (meta.containsKey("xlsx_seconds")) {
            double xlsxPerMillion = num(meta, "xlsx_seconds") * 1_000_000 / num(meta, "xlsx_rows");
            out.printf("| import API, .xlsx (%s MB, other customers of the next seed, after the CSV's) | %s rows in %s s = %s rows/s | | |%n",
                    meta.get("xlsx_mb"), grouped(meta.get("xlsx_rows")), f(num(meta, "xlsx_seconds"), 1),
                    f(num(meta, "xlsx_rows_per_s"), 0));
            if (num(meta, "xlsx_rows") >= 100_000) {
                out.printf("| xlsx import time scaled to 1,000,000 rows (server heap limit -Xmx%s) | %s s | ≤ 120 s | %s |%n",
                        meta.getOrDefault("xmx", "?"), f(xlsxPerMillion, 0), mark(xlsxPerMillion, 120, true));
            }
        }
        if (meta.containsKey("analyze_seconds")) {
            out.printf("| `ANALYZE` after loading (planner statistics%s) | %s s | | |%n",
                    meta.containsKey("autovacuum") ? "; autovacuum is " + meta.get("autovacuum") + " on this server" : "",
                    f(num(meta, "analyze_seconds"), 1));
        }
        if (meta.containsKey("index_seconds")) {
            out.printf("| search index ready after loading (%s) | %s s | | |%n",
                    meta.getOrDefault("index_method", "-").replace('_', ' '), f(num(meta, "index_seconds"), 1));
        }
        if (meta.containsKey("archives_seconds")) {
            out.printf("| archives opened for the imported customers (ARC-1, by the application after the import) | %s archives, done %s s after the import | | |%n",
                    grouped(meta.get("archives_opened")), f(num(meta, "archives_seconds"), 1));
        }
        if (meta.containsKey("documents_filed")) {
            double perDoc = num(meta, "documents_bytes") / Math.max(1, num(meta, "documents_filed")) / 1024;
            out.printf("| documents filed through `POST /api/v1/archives/{id}/documents` (a scanned A4 page each, JPEG, %s KB on average; 5 per archive) | %s documents in %s s = %s documents/s | | |%n",
                    f(perDoc, 0), grouped(meta.get("documents_filed")), f(num(meta, "documents_seconds"), 1),
                    f(num(meta, "documents_per_s"), 1));
        }
        if (meta.containsKey("closed")) {
            out.printf("| customers closed through `POST /api/v1/customers/{id}/close` (their archives move to the closed section) | %s in %s s = %s/s | | |%n",
                    grouped(meta.get("closed")), f(num(meta, "close_seconds"), 1), f(num(meta, "close_per_s"), 1));
        }
        if (meta.containsKey("matters_seconds")) {
            out.printf("| matters written over JDBC (bench/MatterLoader.java: %s closed with their resolutions, %s open) | %s s; %s matters in the table | | |%n",
                    grouped(meta.get("matters_history")), grouped(meta.get("matters_open")), f(num(meta, "matters_seconds"), 1),
                    grouped(meta.get("matters_total")));
        }
        out.println();

        out.println("| Scenario | Users | Requests/s | p50 ms | p95 ms | p99 ms | Errors | Server CPU % | Peak RSS MB | Verdict |");
        out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        for (var scenario : SCENARIOS.entrySet()) {
            var rows = results.stream().filter(r -> "load".equals(r.get("type")) && scenario.getKey().equals(r.get("scenario"))).toList();
            if (rows.isEmpty()) {
                out.printf("| %s | | | | | | | | | %s |%n", scenario.getValue(),
                        meta.getOrDefault("unavailable_" + scenario.getKey(), "not run"));
                continue;
            }
            for (var r : rows) {
                if ("not_available".equals(r.get("verdict"))) {
                    out.printf("| %s | | | | | | | | | not available (endpoint answered 404) |%n", scenario.getValue());
                    continue;
                }
                long errors = (long) (num(r, "non2xx") + num(r, "socket_errors"));
                out.printf("| %s%s | %s | %s | %s | %s | %s | %s | %s | %s | %s |%n", scenario.getValue(),
                        r.containsKey("mix") ? " (" + r.get("mix").replace('_', ' ') + ")" : "",
                        r.get("conns"), f(num(r, "rps"), 0), f(num(r, "p50_ms"), 1), f(num(r, "p95_ms"), 1),
                        f(num(r, "p99_ms"), 1), errors == 0 ? "0" : "**" + errors + "**", f(num(r, "cpu_pct"), 0),
                        f(num(r, "peak_rss_mb"), 0), "FAILED".equals(r.get("verdict")) ? "**FAILED**" : "ok");
            }
        }
        out.println();

        out.println("| Side by side | Figure | Target | |");
        out.println("|---|---|---|---|");
        for (int conns : new int[] {10, 50, 200}) {
            var page = find(results, "page", conns);
            var constant = find(results, "constant", conns);
            double share = page == null || constant == null ? Double.NaN : 100 * num(page, "rps") / num(constant, "rps");
            out.printf("| customer page ÷ bare endpoint, requests/s at %d users | %s %% | ≥ 30 %% | %s |%n", conns,
                    f(share, 0), mark(share, 30, false));
        }
        var page50 = find(results, "page", 50);
        double pageP99 = page50 == null ? Double.NaN : num(page50, "p99_ms");
        out.printf("| customer page p99 at 50 users | %s ms | ≤ 50 ms | %s |%n", f(pageP99, 1), mark(pageP99, 50, true));
        var matters50 = find(results, "matters", 50);
        double mattersP99 = matters50 == null ? Double.NaN : num(matters50, "p99_ms");
        if (matters50 != null) {
            out.printf("| open-matters page p99 at 50 users | %s ms | ≤ 50 ms | %s |%n", f(mattersP99, 1), mark(mattersP99, 50, true));
        }
        var search50 = find(results, "intake_search", 50);
        var create50 = find(results, "intake_create", 50);
        if (search50 != null && create50 != null) {
            double roundTrip = num(search50, "p99_ms") + num(create50, "p99_ms");
            out.printf("| intake round trip at 50 users (customer search p99 + registration p99, an upper bound) | %s + %s = %s ms | ≤ 100 ms | %s |%n",
                    f(num(search50, "p99_ms"), 1), f(num(create50, "p99_ms"), 1), f(roundTrip, 1), mark(roundTrip, 100, true));
        }
        var archive50 = find(results, "archive_page", 50);
        if (archive50 != null) {
            double archiveP99 = num(archive50, "p99_ms");
            out.printf("| archive page p99 at 50 users | %s ms | ≤ 50 ms | %s |%n", f(archiveP99, 1), mark(archiveP99, 50, true));
        }
        var disposition50 = find(results, "disposition", 50);
        if (disposition50 != null) {
            double p99 = num(disposition50, "p99_ms");
            out.printf("| disposition list for a year (%s closed archives destroyable by the end of %s) p99 at 50 users | %s ms | ≤ 200 ms | %s |%n",
                    grouped(meta.get("disposition_rows")), meta.getOrDefault("disposition_year", "?"), f(p99, 1), mark(p99, 200, true));
        }
        if (meta.containsKey("integrity_seconds")) {
            double mb = num(meta, "integrity_bytesHashed") / 1e6;
            double sweepRate = mb / num(meta, "integrity_seconds");
            double shaRate = num(meta, "sha256sum_bytes") / 1e6 / num(meta, "sha256sum_seconds");
            out.printf("| integrity sweep `POST /api/v1/archives/integrity-runs`: %s archives, %s files, %s MB (page cache %s) | %s s = %s MB/s | | |%n",
                    grouped(meta.get("integrity_archivesChecked")), grouped(meta.get("integrity_filesChecked")), f(mb, 0),
                    meta.getOrDefault("page_cache", "?"), f(num(meta, "integrity_seconds"), 1), f(sweepRate, 1));
            out.printf("| `sha256sum` over the same files (%s files, %s MB, one process) | %s s = %s MB/s | | |%n",
                    grouped(meta.get("sha256sum_files")), f(num(meta, "sha256sum_bytes") / 1e6, 0),
                    f(num(meta, "sha256sum_seconds"), 1), f(shaRate, 1));
            double share = 100 * sweepRate / shaRate;
            out.printf("| integrity sweep ÷ `sha256sum`, MB/s | %s %% | ≥ 70 %% | %s |%n", f(share, 0), mark(share, 70, false));
        }
        if (meta.containsKey("matters_due")) {
            double sweep = num(meta, "sweep_ms") / 1000;
            out.printf("| time-limit sweep: %s of %s open matters due (beside %s closed) | %s alerts in %s s | ≤ 10 s | %s |%n",
                    grouped(meta.get("matters_due")), grouped(meta.get("matters_open")), grouped(meta.get("matters_history")),
                    meta.getOrDefault("sweep_alerts", "no"), f(sweep, 2), mark(sweep, 10, true));
        }
        var complaints = results.stream().filter(r -> "report".equals(r.get("type")) && "complaints".equals(r.get("kind")))
                .findFirst().orElse(null);
        if (complaints != null) {
            double p99 = num(complaints, "p99_ms") / 1000;
            out.printf("| monthly complaint analysis (%s), one user, p50 / p99 | %s / %s s | ≤ 1 s | %s |%n",
                    meta.getOrDefault("complaint_month", "?"), f(num(complaints, "p50_ms") / 1000, 2), f(p99, 2),
                    "FAILED".equals(complaints.get("verdict")) ? "**FAILED**" : mark(p99, 1, true));
        }
        double bestMix = results.stream().filter(r -> "mix".equals(r.get("scenario")) && "ok".equals(r.get("verdict")))
                .mapToDouble(r -> num(r, "rps")).max().orElse(Double.NaN);
        out.printf("| working-day mix, best requests/s with 0 errors | %s | ≥ 1,000 | %s |%n", f(bestMix, 0),
                mark(bestMix, 1000, false));
        out.println();

        out.println("| Search, one user typing (server round trip) | Search p50 / p99 ms | SQL `LIKE '%…%'` p50 / p99 ms | p99 ÷ LIKE p99 | Search p99 target ≤ 30 ms |");
        out.println("|---|---|---|---|---|");
        for (var kind : KINDS.entrySet()) {
            var s = results.stream().filter(r -> "serial".equals(r.get("type")) && kind.getKey().equals(r.get("kind"))).findFirst().orElse(null);
            var l = results.stream().filter(r -> "like".equals(r.get("type")) && kind.getKey().equals(r.get("kind"))).findFirst().orElse(null);
            String searchText;
            double sp99 = Double.NaN;
            if (s == null) {
                searchText = meta.getOrDefault("unavailable_search", "not run");
            } else if ("not_available".equals(s.get("verdict"))) {
                searchText = "not available";
            } else {
                sp99 = num(s, "p99_ms");
                searchText = f(num(s, "p50_ms"), 1) + " / " + f(sp99, 1)
                        + ("FAILED".equals(s.get("verdict")) ? " **FAILED**" : "");
            }
            String likeText = l == null ? "no SQL equivalent" : f(num(l, "p50_ms"), 1) + " / " + f(num(l, "p99_ms"), 1);
            double ratio = l == null ? Double.NaN : sp99 / num(l, "p99_ms");
            out.printf("| %s | %s | %s | %s | %s |%n", kind.getValue(), searchText, likeText,
                    Double.isNaN(ratio) ? "—" : f(ratio, 2) + "×", mark(sp99, 30, true));
        }
        out.println();
        out.flush();
        return w.toString();
    }

    static Map<String, String> find(List<Map<String, String>> results, String scenario, int conns) {
        return results.stream().filter(r -> "load".equals(r.get("type")) && scenario.equals(r.get("scenario"))
                && String.valueOf(conns).equals(r.get("conns")) && r.containsKey("rps")).findFirst().orElse(null);
    }
}
