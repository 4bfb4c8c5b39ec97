package kehu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database as shipped (the URL in application.properties) survives a thread interrupted while it
 * reads the file: with H2's plain {@code file:} the interrupt closes the file channel and the database with it,
 * for every connection (docs/decisions/0016).
 */
class DatabaseFileTests {

    @TempDir
    Path dir;

    @Test
    void aReaderInterruptedMidReadDoesNotCloseTheDatabaseForTheOthers() throws Exception {
        var props = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            props.load(in);
        }
        var configured = props.getProperty("spring.datasource.url");
        assertThat(configured).contains("./data/kehu");
        var url = configured.replace("./data/kehu", dir.resolve("kehu").toString());
        try (var c = DriverManager.getConnection(url, "sa", "")) {
            c.createStatement().execute("create table t (id int primary key, v varchar(1000))");
            try (var insert = c.prepareStatement("insert into t values (?, ?)")) {
                for (int i = 1; i <= 30_000; i++) {
                    insert.setInt(1, i);
                    insert.setString(2, "x".repeat(900) + i);
                    insert.addBatch();
                    if (i % 1000 == 0) {
                        insert.executeBatch();
                    }
                }
            }
        }
        // reopened with a small cache, so that reading the table goes to the file
        var small = url + ";CACHE_SIZE=256";
        try (Connection other = DriverManager.getConnection(small, "sa", "")) {
            var readerFailure = new AtomicReference<SQLException>();
            var reader = new Thread(() -> {
                try (var c = DriverManager.getConnection(small, "sa", "")) {
                    Thread.currentThread().interrupt();
                    var rs = c.createStatement().executeQuery("select sum(length(v)) from t");
                    rs.next();
                } catch (SQLException e) {
                    readerFailure.set(e);
                }
            });
            reader.start();
            reader.join();
            var rs = other.createStatement().executeQuery("select count(*), sum(length(v)) from t where id > 100");
            assertThat(rs.next()).isTrue();
            assertThat(rs.getLong(1)).isEqualTo(29_900);
            assertThat((Throwable) readerFailure.get()).as("the interrupted reader itself").isNull();
        }
    }
}
