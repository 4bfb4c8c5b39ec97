package kehu.customer.transfer;

import kehu.customer.CustomerKind;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * Loads the duplicate keys of every customer in the database (not merged ones) into a
 * {@link DuplicateKeys} map: two streamed queries, no per-row SELECTs during an import.
 */
@Component
class ExistingKeys {

    private final JdbcTemplate jdbc;

    ExistingKeys(JdbcTemplate jdbc) {
        this.jdbc = new JdbcTemplate(jdbc.getDataSource());
        this.jdbc.setFetchSize(10_000);
    }

    DuplicateKeys load() {
        Long count = jdbc.queryForObject("select count(*) from customer where merged_into_id is null", Long.class);
        var keys = new DuplicateKeys((int) Math.min(Integer.MAX_VALUE / 8, (count == null ? 0 : count) * 4 + 1024));
        jdbc.query("select id, kind, name, id_number, mobile, landline from customer where merged_into_id is null",
                (RowCallbackHandler) rs -> {
                    long id = rs.getLong(1);
                    var kind = CustomerKind.valueOf(rs.getString(2));
                    DuplicateKeys.keysOf(kind, rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                            key -> keys.putIfAbsent(key, id));
                });
        jdbc.query("select k.customer_id, k.phone from customer_contact k join customer c on c.id = k.customer_id"
                + " where c.merged_into_id is null and k.phone is not null",
                (RowCallbackHandler) rs -> keys.putIfAbsent(DuplicateKeys.phoneKey(rs.getString(2)), rs.getLong(1)));
        return keys;
    }
}
