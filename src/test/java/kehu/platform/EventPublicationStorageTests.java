package kehu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import kehu.support.KehuTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The event publication registry keeps events far longer than 8,000 characters: a {@code CustomersImported} chunk of
 * 1,000 seven-digit customer ids is already longer, and the registry refusing it failed every import once a branch
 * passed 1,000,000 customers (found by the benchmark). Stored and read back on the test database itself.
 */
@KehuTest
class EventPublicationStorageTests {

    @Autowired JdbcTemplate jdbc;

    @Test
    void anImportChunkOfAThousandLargeIdsFitsTheRegistry() {
        var ids = LongStream.range(0, 1000).map(i -> 1_000_000_000L + i).mapToObj(Long::toString).collect(Collectors.joining(","));
        var serialized = "{\"importId\":2,\"customerIds\":[" + ids + "],\"at\":\"2026-12-07T03:18:24Z\"}";
        assertThat(serialized.length()).isGreaterThan(10_000);
        var id = UUID.randomUUID();
        for (var table : new String[] {"event_publication", "event_publication_archive"}) {
            jdbc.update("insert into " + table + " (id, listener_id, event_type, serialized_event, publication_date) values (?, ?, ?, ?, ?)",
                    id, "test.listener", "kehu.customer.CustomersImported", serialized, java.sql.Timestamp.from(Instant.now()));
            try {
                assertThat(jdbc.queryForObject("select serialized_event from " + table + " where id = ?", String.class, id))
                        .isEqualTo(serialized);
            } finally {
                jdbc.update("delete from " + table + " where id = ?", id);
            }
        }
    }
}
