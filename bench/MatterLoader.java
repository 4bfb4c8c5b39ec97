import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The service desk's data for the benchmark harness (bench/run.sh): matters written straight into the database
 * over JDBC, the way a migration from the old system would bring the history in. Single-file program; put the
 * H2 or PostgreSQL driver on the class path:
 *
 * <pre>
 *   java -cp h2.jar:classes MatterLoader --url URL [--user U --password P] --history 10000000 --open 100000 --due 5000 [--seed 42]
 * </pre>
 *
 * <ul>
 *   <li>{@code --history}: closed matters received over the three years before last week, with one resolution
 *       each (complaints: a cause, a responsible department, 60 % substantiated), a type mix of a service centre
 *       (30 % repairs, 30 % consultations, 25 % complaints …).</li>
 *   <li>{@code --open}: matters still open: 10 % just registered (received in the last 40 minutes, the response
 *       warning still to come), 80 % in progress (the resolve warning between 2 hours and 5 days ahead), 10 %
 *       waiting for the customer (clock paused).</li>
 *   <li>{@code --due}: of the open ones, how many the next time-limit sweep finds due (registered three hours
 *       ago, never answered: their response breach is one minute overdue). They are made due in one transaction
 *       after everything is loaded, so that a single sweep finds them all.</li>
 * </ul>
 * Customers, staff, departments, categories, channels and causes are read from the database, so every matter
 * refers to real rows and dictionary codes. Numbers ({@code BH…} history, {@code BO…} open) cannot collide with
 * the application's ({@code TS20261122-0001}). The identity columns are moved past the loaded ids afterwards.
 * Prints {@code matters_rows=… resolutions_rows=… matters_seconds=…}.
 */
public class MatterLoader {

    static final String[] TYPES = {"REPAIR", "CONSULTATION", "COMPLAINT", "HELP", "SUGGESTION", "DISPUTE", "PRAISE"};
    static final int[] TYPE_WEIGHTS = {30, 30, 25, 5, 5, 3, 2};
    static final String[] PRIORITIES = {"NORMAL", "HIGH", "LOW", "URGENT"};
    static final int[] PRIORITY_WEIGHTS = {80, 12, 5, 3};
    static final String[] SUBJECTS = {"卫生间漏水", "电梯故障", "停车位纠纷", "物业费咨询", "楼道照明不亮", "水压偏低", "噪音扰民",
        "配送延迟", "产品质量问题", "服务态度差", "账单有误", "门禁卡失效", "绿化修剪", "下水道堵塞", "表扬维修师傅"};

    public static void main(String[] args) throws Exception {
        var o = new HashMap<String, String>();
        for (int i = 0; i < args.length - 1; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        var url = o.get("url");
        if (url.startsWith("jdbc:postgresql:")) {
            url += (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
        }
        long history = Long.parseLong(o.getOrDefault("history", "0"));
        long open = Long.parseLong(o.getOrDefault("open", "0"));
        long due = Math.min(open, Long.parseLong(o.getOrDefault("due", "0")));
        var random = new SplittableRandom(Long.parseLong(o.getOrDefault("seed", "42")));
        long started = System.nanoTime();
        try (var c = DriverManager.getConnection(url, o.getOrDefault("user", ""), o.getOrDefault("password", ""))) {
            c.setAutoCommit(false);
            new MatterLoader(c, random).load(history, open, due, url.startsWith("jdbc:postgresql:"));
        }
        System.out.printf("matters_rows=%d resolutions_rows=%d matters_seconds=%.1f%n", history + open, history,
                (System.nanoTime() - started) / 1e9);
    }

    private final Connection c;
    private final SplittableRandom random;
    private final List<long[]> staff = new ArrayList<>(); // id, unit id
    private long[] units;
    private long[] customerIds;
    private String[] customerNames;
    private String[] categories;
    private String[] channels;
    private String[] causes;

    MatterLoader(Connection c, SplittableRandom random) {
        this.c = c;
        this.random = random;
    }

    void load(long history, long open, long due, boolean postgres) throws SQLException {
        readReferences();
        long firstId = scalar("select coalesce(max(id), 0) from sd_matter") + 1;
        long firstResolution = scalar("select coalesce(max(id), 0) from sd_resolution") + 1;
        var now = Instant.now();
        var historyEnd = now.minus(Duration.ofDays(7));
        long span = Duration.ofDays(3 * 365).toSeconds();
        try (var m = c.prepareStatement("""
                insert into sd_matter (id, number, type, channel, category_code, priority, severity, subject, customer_id,
                    customer_name, status, received_at, received_by, owner_staff_id, owner_unit_id, handling_unit_id,
                    handling_staff_id, first_response_at, response_warn_at, response_due_at, resolve_warn_at, resolve_due_at,
                    paused_at, resolve_remaining_s, response_warned, response_breached, next_alert_at, resolved_at, closed_at,
                    resolution_round, created_at, created_by, updated_at, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'bench', ?, 'bench')
                """);
             var r = c.prepareStatement("""
                insert into sd_resolution (id, matter_id, round, resolved_at, resolved_by, summary, substantiated,
                    responsible_unit_id, cause_code, matter_type, category_code, created_at, created_by, updated_at, updated_by)
                values (?, ?, 1, ?, 'bench', '已按规定处理完毕', ?, ?, ?, ?, ?, ?, 'bench', ?, 'bench')
                """)) {
            long id = firstId;
            long resolutionId = firstResolution;
            for (long i = 0; i < history; i++, id++, resolutionId++) {
                var type = pick(TYPES, TYPE_WEIGHTS);
                var received = historyEnd.minusSeconds(random.nextLong(span));
                var resolved = received.plusSeconds(3600 + random.nextLong(72 * 3600));
                var closed = resolved.plusSeconds(86_400 + random.nextLong(2 * 86_400));
                var s = staff.get(random.nextInt(staff.size()));
                long unit = units[random.nextInt(units.length)];
                var category = common(m, id, "BH" + id, type, received, s, unit);
                m.setString(11, "CLOSED");
                m.setLong(17, s[0]);
                ts(m, 18, received.plusSeconds(600 + random.nextLong(3600)));
                ts(m, 19, received.plusSeconds(3600));
                ts(m, 20, received.plusSeconds(7200));
                ts(m, 21, received.plusSeconds(16 * 3600));
                ts(m, 22, received.plusSeconds(17 * 3600));
                m.setNull(23, Types.TIMESTAMP_WITH_TIMEZONE);
                m.setNull(24, Types.BIGINT);
                m.setBoolean(25, false);
                m.setBoolean(26, false);
                m.setNull(27, Types.TIMESTAMP_WITH_TIMEZONE);
                ts(m, 28, resolved);
                ts(m, 29, closed);
                m.setInt(30, 1);
                ts(m, 31, received);
                ts(m, 32, closed);
                m.addBatch();
                boolean complaint = "COMPLAINT".equals(type);
                r.setLong(1, resolutionId);
                r.setLong(2, id);
                ts(r, 3, resolved);
                if (complaint) {
                    r.setBoolean(4, random.nextInt(100) < 60);
                    r.setLong(5, units[random.nextInt(units.length)]);
                    r.setString(6, causes[random.nextInt(causes.length)]);
                } else {
                    r.setNull(4, Types.BOOLEAN);
                    r.setNull(5, Types.BIGINT);
                    r.setNull(6, Types.VARCHAR);
                }
                r.setString(7, type);
                r.setString(8, category);
                ts(r, 9, resolved);
                ts(r, 10, resolved);
                r.addBatch();
                if ((i + 1) % 1000 == 0) {
                    m.executeBatch();
                    r.executeBatch();
                    c.commit();
                }
                if ((i + 1) % 1_000_000 == 0) {
                    System.err.printf("history: %,d of %,d%n", i + 1, history);
                }
            }
            m.executeBatch();
            r.executeBatch();
            c.commit();
            long firstOpen = id;
            for (long i = 0; i < open; i++, id++) {
                var type = pick(TYPES, TYPE_WEIGHTS);
                var s = staff.get(random.nextInt(staff.size()));
                long unit = units[random.nextInt(units.length)];
                int kind = i < due ? 0 : random.nextInt(10); // 0 registered, 1 waiting for the customer, else in progress
                Instant received;
                if (i < due) {
                    received = now.minusSeconds(3 * 3600);
                } else if (kind == 0) {
                    received = now.minusSeconds(random.nextLong(40 * 60));
                } else {
                    received = now.minusSeconds(3600 + random.nextLong(3 * 86_400));
                }
                common(m, id, "BO" + id, type, received, s, unit);
                m.setString(11, kind == 0 ? "REGISTERED" : kind == 1 ? "WAITING_CUSTOMER" : "IN_PROGRESS");
                ts(m, 19, received.plusSeconds(3600));
                ts(m, 21, received.plusSeconds(16 * 3600));
                m.setNull(28, Types.TIMESTAMP_WITH_TIMEZONE);
                m.setNull(29, Types.TIMESTAMP_WITH_TIMEZONE);
                m.setInt(30, 0);
                ts(m, 31, received);
                ts(m, 32, received);
                m.setBoolean(26, false);
                if (i < due) {
                    m.setNull(17, Types.BIGINT);
                    m.setNull(18, Types.TIMESTAMP_WITH_TIMEZONE);
                    // not due yet: made due all at once below, so that one sweep finds them all
                    ts(m, 20, now.plus(Duration.ofDays(1)));
                    ts(m, 22, received.plusSeconds(17 * 3600));
                    m.setNull(23, Types.TIMESTAMP_WITH_TIMEZONE);
                    m.setNull(24, Types.BIGINT);
                    m.setBoolean(25, true);
                    ts(m, 27, now.plus(Duration.ofDays(1)));
                } else if (kind == 0) {
                    m.setNull(17, Types.BIGINT);
                    m.setNull(18, Types.TIMESTAMP_WITH_TIMEZONE);
                    ts(m, 20, received.plusSeconds(7200));
                    ts(m, 22, received.plusSeconds(17 * 3600));
                    m.setNull(23, Types.TIMESTAMP_WITH_TIMEZONE);
                    m.setNull(24, Types.BIGINT);
                    m.setBoolean(25, false);
                    ts(m, 27, received.plusSeconds(3600));
                } else {
                    var warn = now.plusSeconds(2 * 3600 + random.nextLong(5 * 86_400));
                    m.setLong(17, s[0]);
                    ts(m, 18, received.plusSeconds(1800));
                    ts(m, 20, received.plusSeconds(7200));
                    ts(m, 21, warn);
                    ts(m, 22, warn.plusSeconds(3600));
                    m.setBoolean(25, false);
                    if (kind == 1) {
                        ts(m, 23, now.minusSeconds(random.nextLong(86_400)));
                        m.setLong(24, 3600 + random.nextLong(10 * 3600));
                        m.setNull(27, Types.TIMESTAMP_WITH_TIMEZONE);
                    } else {
                        m.setNull(23, Types.TIMESTAMP_WITH_TIMEZONE);
                        m.setNull(24, Types.BIGINT);
                        ts(m, 27, warn);
                    }
                }
                m.addBatch();
                if ((i + 1) % 1000 == 0) {
                    m.executeBatch();
                    c.commit();
                }
            }
            m.executeBatch();
            c.commit();
            if (due > 0) {
                try (var u = c.prepareStatement("update sd_matter set response_due_at = ?, next_alert_at = ? where id >= ? and id < ?")) {
                    var overdue = Instant.now().minusSeconds(60);
                    ts(u, 1, overdue);
                    ts(u, 2, overdue);
                    u.setLong(3, firstOpen);
                    u.setLong(4, firstOpen + due);
                    u.executeUpdate();
                }
                c.commit();
            }
            restart("sd_matter", id, postgres);
            restart("sd_resolution", resolutionId, postgres);
            c.commit();
        }
    }

    /** Parameters 1–10 and 12–16: identity, what, from whom, received by whom, handled where; returns the category. */
    private String common(PreparedStatement m, long id, String number, String type, Instant received, long[] s, long unit)
            throws SQLException {
        int customer = random.nextInt(customerIds.length);
        m.setLong(1, id);
        m.setString(2, number);
        m.setString(3, type);
        m.setString(4, channels[random.nextInt(channels.length)]);
        var category = categories[random.nextInt(categories.length)];
        m.setString(5, category);
        m.setString(6, pick(PRIORITIES, PRIORITY_WEIGHTS));
        m.setString(7, random.nextInt(100) < 2 ? "MAJOR" : "ROUTINE");
        m.setString(8, SUBJECTS[random.nextInt(SUBJECTS.length)]);
        m.setLong(9, customerIds[customer]);
        m.setString(10, customerNames[customer]);
        ts(m, 12, received);
        m.setLong(13, s[0]);
        m.setLong(14, s[0]);
        m.setLong(15, s[1]);
        m.setLong(16, unit);
        return category;
    }

    private void restart(String table, long next, boolean postgres) throws SQLException {
        try (var st = c.createStatement()) {
            if (postgres) {
                st.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), " + (next - 1) + ")");
            } else {
                st.execute("alter table " + table + " alter column id restart with " + next);
            }
        }
    }

    private void readReferences() throws SQLException {
        try (var st = c.createStatement(); var rs = st.executeQuery("select id, unit_id from org_staff where enabled = true order by id")) {
            while (rs.next()) {
                staff.add(new long[] {rs.getLong(1), rs.getLong(2)});
            }
        }
        units = longs("select id from org_unit order by id");
        categories = strings("request-category");
        channels = strings("channel");
        causes = strings("cause");
        long count = scalar("select count(*) from customer");
        int n = (int) Math.min(count, 2_000_000);
        customerIds = new long[n];
        customerNames = new String[n];
        try (var st = c.prepareStatement("select id, name from customer order by id")) {
            st.setFetchSize(10_000);
            try (var rs = st.executeQuery()) {
                int i = 0;
                while (rs.next() && i < n) {
                    customerIds[i] = rs.getLong(1);
                    customerNames[i++] = rs.getString(2);
                }
            }
        }
        if (staff.isEmpty() || units.length == 0 || categories.length == 0 || channels.length == 0 || causes.length == 0 || n == 0) {
            throw new IllegalStateException("the database lacks staff, units, dictionaries or customers");
        }
    }

    private String[] strings(String type) throws SQLException {
        try (var st = c.prepareStatement("select i.code from platform_dict_item i join platform_dict_type t on t.id = i.type_id "
                + "where t.code = ? order by i.code")) {
            st.setString(1, type);
            var out = new ArrayList<String>();
            try (var rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out.toArray(String[]::new);
        }
    }

    private long[] longs(String sql) throws SQLException {
        try (var st = c.createStatement(); var rs = st.executeQuery(sql)) {
            var out = new ArrayList<Long>();
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
            return out.stream().mapToLong(Long::longValue).toArray();
        }
    }

    private long scalar(String sql) throws SQLException {
        try (var st = c.createStatement(); var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private String pick(String[] values, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < values.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    private static void ts(PreparedStatement st, int index, Instant at) throws SQLException {
        st.setObject(index, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
    }
}
