package kehu.customer.transfer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import kehu.customer.CustomerNames;
import kehu.customer.CustomerStatus;
import kehu.customer.internal.CustomerFormCheck;
import kehu.customer.internal.CustomerJournal;
import kehu.organization.StaffSummary;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes imported customers in JDBC batches, in the caller's transaction (CUS-8). The customer table's
 * ids are IDENTITY columns, which switch Hibernate's insert batching off; one batched INSERT per chunk
 * with the generated keys returned, then batched INSERTs of tags, industry-field values and one
 * "imported" timeline entry per customer, writes a thousand customers in a handful of round trips.
 * The rows are the same ones {@code Customer.register} makes (status, classification, owner, the
 * normalised name), with the audit columns set to the importer and the time of the import.
 */
@Component
class BulkCustomerWriter {

    /** A customer to write: the checked values of its row and its owner (null: the pool). */
    record NewCustomer(CustomerFormCheck.Checked checked, StaffSummary owner) {
    }

    private static final String INSERT_CUSTOMER = "insert into customer (kind, name, name_normalized, id_number, mobile,"
            + " landline, region_code, address, industry_code, source, status, status_changed_at, area_code, owner_staff_id,"
            + " owner_unit_id, assigned_at, abc_class, loyalty, value_class, credit_grade, vip, created_at, created_by,"
            + " updated_at, updated_by, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";
    private static final String INSERT_TAG = "insert into customer_tag (customer_id, tag) values (?, ?)";
    private static final String INSERT_FIELD = "insert into customer_field_value (customer_id, field_id, text_value,"
            + " number_value, date_value, bool_value, created_at, created_by, updated_at, updated_by, version)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";
    private static final String INSERT_TIMELINE = "insert into customer_timeline (customer_id, occurred_at, kind, title,"
            + " detail, source_module, actor, created_at, created_by, updated_at, updated_by, version)"
            + " values (?, ?, 'imported', ?, ?, ?, ?, ?, ?, ?, ?, 0)";

    private final JdbcTemplate jdbc;

    BulkCustomerWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the customers; returns their ids in the same order. */
    List<Long> write(List<NewCustomer> customers, String fileName, String actor, Instant now) {
        if (customers.isEmpty()) {
            return List.of();
        }
        return jdbc.execute((ConnectionCallback<List<Long>>) con -> {
            var at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
            var ids = insertCustomers(con, customers, actor, at);
            insertDetails(con, customers, ids, clip(fileName, 200), actor, at);
            return ids;
        });
    }

    private static List<Long> insertCustomers(Connection con, List<NewCustomer> customers, String actor,
                                              OffsetDateTime at) throws SQLException {
        var ids = new ArrayList<Long>(customers.size());
        try (PreparedStatement ps = con.prepareStatement(INSERT_CUSTOMER, new String[] {"id"})) {
            for (var n : customers) {
                var c = n.checked();
                var p = c.profile();
                var k = c.classification();
                int i = 1;
                ps.setString(i++, c.kind().name());
                ps.setString(i++, p.name());
                ps.setString(i++, CustomerNames.normalise(p.name()));
                ps.setString(i++, p.idNumber());
                ps.setString(i++, p.mobile());
                ps.setString(i++, p.landline());
                ps.setString(i++, p.regionCode());
                ps.setString(i++, p.address());
                ps.setString(i++, p.industryCode());
                ps.setString(i++, p.source());
                ps.setString(i++, (c.status() == null ? CustomerStatus.POTENTIAL : c.status()).name());
                ps.setObject(i++, at);
                ps.setString(i++, p.areaCode());
                if (n.owner() == null) {
                    ps.setNull(i++, Types.BIGINT);
                    ps.setNull(i++, Types.BIGINT);
                    ps.setNull(i++, Types.TIMESTAMP_WITH_TIMEZONE);
                } else {
                    ps.setLong(i++, n.owner().id());
                    ps.setLong(i++, n.owner().unitId());
                    ps.setObject(i++, at);
                }
                ps.setString(i++, k.abcClass() == null ? null : k.abcClass().name());
                ps.setString(i++, k.loyalty() == null ? null : k.loyalty().name());
                ps.setString(i++, k.valueClass() == null ? null : k.valueClass().name());
                ps.setString(i++, k.creditGrade());
                ps.setBoolean(i++, k.vip());
                ps.setObject(i++, at);
                ps.setString(i++, actor);
                ps.setObject(i++, at);
                ps.setString(i, actor);
                ps.addBatch();
            }
            ps.executeBatch();
            try (var keys = ps.getGeneratedKeys()) {
                while (keys.next()) {
                    ids.add(keys.getLong(1));
                }
            }
        }
        if (ids.size() != customers.size()) {
            throw new SQLException("expected " + customers.size() + " generated keys, got " + ids.size());
        }
        return ids;
    }

    private static void insertDetails(Connection con, List<NewCustomer> customers, List<Long> ids, String fileName,
                                      String actor, OffsetDateTime at) throws SQLException {
        try (var tags = con.prepareStatement(INSERT_TAG);
             var fields = con.prepareStatement(INSERT_FIELD);
             var timeline = con.prepareStatement(INSERT_TIMELINE)) {
            boolean anyTag = false;
            boolean anyField = false;
            for (int n = 0; n < customers.size(); n++) {
                long id = ids.get(n);
                var c = customers.get(n).checked();
                for (var tag : c.profile().tags()) {
                    tags.setLong(1, id);
                    tags.setString(2, tag);
                    tags.addBatch();
                    anyTag = true;
                }
                if (c.fields() != null) {
                    for (var e : c.fields().entrySet()) {
                        var v = e.getValue();
                        if (v == null) {
                            continue;
                        }
                        fields.setLong(1, id);
                        fields.setLong(2, e.getKey().getId());
                        fields.setString(3, v.text());
                        fields.setBigDecimal(4, v.number());
                        fields.setObject(5, v.date());
                        if (v.bool() == null) {
                            fields.setNull(6, Types.BOOLEAN);
                        } else {
                            fields.setBoolean(6, v.bool());
                        }
                        fields.setObject(7, at);
                        fields.setString(8, actor);
                        fields.setObject(9, at);
                        fields.setString(10, actor);
                        fields.addBatch();
                        anyField = true;
                    }
                }
                timeline.setLong(1, id);
                timeline.setObject(2, at);
                timeline.setString(3, fileName);
                timeline.setString(4, customers.get(n).owner() == null ? null : clip(customers.get(n).owner().fullName(), 1000));
                timeline.setString(5, CustomerJournal.SOURCE);
                timeline.setString(6, actor);
                timeline.setObject(7, at);
                timeline.setString(8, actor);
                timeline.setObject(9, at);
                timeline.setString(10, actor);
                timeline.addBatch();
            }
            if (anyTag) {
                tags.executeBatch();
            }
            if (anyField) {
                fields.executeBatch();
            }
            timeline.executeBatch();
        }
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
