import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The database side of the benchmark harness (bench/run.sh), over plain JDBC. Single-file program; put the
 * H2 or PostgreSQL driver on the class path:
 *
 * <pre>
 *   java -cp h2.jar bench/SqlLike.java like   --url URL [--user U --password P] --terms DIR [--seconds 10] [--max 1000]
 *   java -cp h2.jar bench/SqlLike.java scalar --url URL … --sql "select max(id) from customer"
 *   java -cp h2.jar bench/SqlLike.java exec   --url URL … --sql "analyze"
 *   java -cp h2.jar bench/SqlLike.java ids    --url URL … [--table archive] --after 12 --count 10000 --out ids.txt
 *   java -cp h2.jar bench/SqlLike.java bulk-h2 --url jdbc:h2:file:/tmp/scratch/bulk --csv customers.csv
 * </pre>
 *
 * <ul>
 *   <li>{@code like}: for each kind of search term the harness also sends to Kehu's search (files
 *       {@code terms-<kind>.txt}), the same lookup done the plain way — {@code LIKE '%term%'} on the name or
 *       the mobile, the first page of 20 by last change plus the total, as a list page needs. One connection,
 *       one query after the other (like one user typing), cycling through the terms for {@code --seconds}
 *       or {@code --max} lookups per kind (at least 20). Prints one {@code type=like} line per kind with
 *       p50/p95/p99 in milliseconds.</li>
 *   <li>{@code scalar} prints one value; {@code ids} writes a seeded sample of the ids above
 *       {@code --after} of the customers (or of {@code --table}'s rows) the harness loaded.</li>
 *   <li>{@code bulk-h2}: H2's own bulk load: {@code INSERT INTO staging SELECT * FROM CSVREAD(…)} of the
 *       generated CSV into a table with its ten columns, in the given (scratch) database. Prints rows and seconds.</li>
 * </ul>
 * For H2 the server must run with {@code AUTO_SERVER=TRUE} in its URL so that this second process can connect.
 */
public class SqlLike {

    /** Kind of search term → the column the plain SQL lookup searches. Pinyin initials have no SQL equivalent. */
    static final Map<String, String> COLUMNS = new java.util.LinkedHashMap<>();

    static {
        COLUMNS.put("name1", "name");
        COLUMNS.put("name2", "name");
        COLUMNS.put("phone4", "mobile");
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: SqlLike like|scalar|exec|ids|bulk-h2 --url URL …");
        }
        var options = new HashMap<String, String>();
        for (int i = 1; i < args.length - 1; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        var url = options.get("url");
        if (url == null) {
            throw new IllegalArgumentException("missing --url");
        }
        try (var connection = DriverManager.getConnection(url, options.getOrDefault("user", ""),
                options.getOrDefault("password", ""))) {
            switch (args[0]) {
                case "like" -> like(connection, options);
                case "scalar" -> scalar(connection, options.get("sql"));
                case "exec" -> {
                    try (var statement = connection.createStatement()) {
                        statement.execute(options.get("sql"));
                    }
                }
                case "ids" -> ids(connection, options);
                case "bulk-h2" -> bulkH2(connection, options);
                default -> throw new IllegalArgumentException("unknown command " + args[0]);
            }
        }
    }

    static void scalar(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement(); var rs = statement.executeQuery(sql)) {
            System.out.println(rs.next() ? rs.getString(1) : "");
        }
    }

    static void ids(Connection connection, Map<String, String> options) throws Exception {
        long after = Long.parseLong(options.getOrDefault("after", "0"));
        int count = Integer.parseInt(options.getOrDefault("count", "10000"));
        var random = new SplittableRandom(Long.parseLong(options.getOrDefault("seed", "42")));
        var sample = new ArrayList<Long>();
        long seen = 0;
        var table = options.getOrDefault("table", "customer");
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException("--table must be a table name");
        }
        try (var statement = connection.prepareStatement("select id from " + table + " where id > ? order by id")) {
            statement.setLong(1, after);
            statement.setFetchSize(10_000);
            connection.setAutoCommit(false); // PostgreSQL streams with a fetch size only inside a transaction
            try (var rs = statement.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    seen++;
                    if (sample.size() < count) {
                        sample.add(id);
                    } else {
                        long j = random.nextLong(seen);
                        if (j < count) {
                            sample.set((int) j, id);
                        }
                    }
                }
            }
            connection.commit();
        }
        Files.write(Path.of(options.get("out")), sample.stream().map(String::valueOf).toList(), StandardCharsets.UTF_8);
        System.out.println("ids: " + sample.size() + " of " + seen + " " + table + " rows above id " + after);
    }

    static void like(Connection connection, Map<String, String> options) throws Exception {
        var terms = Path.of(options.get("terms"));
        double seconds = Double.parseDouble(options.getOrDefault("seconds", "10"));
        int max = Integer.parseInt(options.getOrDefault("max", "1000"));
        connection.setReadOnly(true);
        for (var entry : COLUMNS.entrySet()) {
            var file = terms.resolve("terms-" + entry.getKey() + ".txt");
            if (!Files.exists(file)) {
                continue;
            }
            var values = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .map(l -> l.split("\t")[0]).filter(s -> !s.isEmpty()).toList();
            var column = entry.getValue();
            var pageSql = "select id, name, mobile, region_code, status from customer where " + column
                    + " like ? order by updated_at desc, id desc limit 20";
            var countSql = "select count(*) from customer where " + column + " like ?";
            var times = new ArrayList<Double>();
            long hits = 0;
            long deadline = System.nanoTime() + (long) (seconds * 1e9);
            try (var page = connection.prepareStatement(pageSql); var count = connection.prepareStatement(countSql)) {
                for (int i = 0; times.size() < max && (times.size() < 20 || System.nanoTime() < deadline); i++) {
                    var pattern = "%" + values.get(i % values.size()) + "%";
                    long start = System.nanoTime();
                    page.setString(1, pattern);
                    try (var rs = page.executeQuery()) {
                        while (rs.next()) {
                            rs.getString(2);
                        }
                    }
                    count.setString(1, pattern);
                    try (var rs = count.executeQuery()) {
                        rs.next();
                        hits += rs.getLong(1);
                    }
                    times.add((System.nanoTime() - start) / 1e6);
                }
            }
            var sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            System.out.printf(Locale.ROOT,
                    "type=like kind=%s column=%s lookups=%d mean_hits=%.0f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f%n",
                    entry.getKey(), column, sorted.length, (double) hits / sorted.length, pct(sorted, 50), pct(sorted, 95),
                    pct(sorted, 99), sorted[sorted.length - 1]);
        }
    }

    /** Nearest-rank percentile of sorted values. */
    static double pct(double[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static void bulkH2(Connection connection, Map<String, String> options) throws Exception {
        var csv = Path.of(options.get("csv")).toAbsolutePath();
        List<String> columns = Arrays.asList("kind", "name", "id_number", "mobile", "landline", "region_code",
                "address", "source", "status", "tags");
        try (var statement = connection.createStatement()) {
            statement.execute("drop table if exists bench_staging");
            statement.execute("create table bench_staging (" + String.join(", ",
                    columns.stream().map(c -> c + " varchar(200)").toList()) + ")");
            long start = System.nanoTime();
            int rows = statement.executeUpdate("insert into bench_staging select * from csvread('"
                    + csv.toString().replace("'", "''") + "', null, 'charset=UTF-8')");
            double took = (System.nanoTime() - start) / 1e9;
            statement.execute("drop table bench_staging");
            System.out.printf(Locale.ROOT, "bulk_rows=%d bulk_seconds=%.2f bulk_rows_per_s=%.0f%n", rows, took, rows / took);
        }
    }
}
