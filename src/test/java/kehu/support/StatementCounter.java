package kehu.support;

import java.util.ArrayList;
import java.util.List;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the SQL statements Hibernate prepares on the current thread (the test profile installs it).
 * MockMvc runs a request on the test's thread, so a test can count what one page costs — a number,
 * not a timing, and the same on every machine. Statements issued with plain JDBC are not counted.
 */
public class StatementCounter implements StatementInspector {

    private static final ThreadLocal<List<String>> STATEMENTS = ThreadLocal.withInitial(ArrayList::new);

    @Override
    public String inspect(String sql) {
        var seen = STATEMENTS.get();
        if (seen.size() < 1_000) {
            seen.add(sql);
        }
        return sql;
    }

    /** Forgets this thread's statements. */
    public static void reset() {
        STATEMENTS.get().clear();
    }

    /** The statements prepared on this thread since the last {@link #reset()} (up to a thousand). */
    public static List<String> statements() {
        return List.copyOf(STATEMENTS.get());
    }

    /** The statements, one per line, for an assertion message. */
    public static String describe() {
        return String.join("\n", STATEMENTS.get());
    }
}
