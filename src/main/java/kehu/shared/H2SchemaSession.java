package kehu.shared;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * On the embedded H2 database, the schema is migrated over a connection of its own that stays open until the
 * application stops (docs/decisions/0018).
 *
 * <p>H2 2.4 keeps the session that created a check constraint such as {@code status in ('OPEN', 'CLOSED')}
 * inside the constraint (it compares the listed values with that session). Once that session is closed, every
 * insert or update the constraint checks fails with {@code Check constraint invalid … The database has been
 * closed [90098]}, on every connection, until the database is closed and opened again. Flyway ran the
 * migrations on a pooled connection, and the pool retires its connections after 30 minutes: a freshly created
 * embedded database stopped accepting customers, archives and matters about 25 minutes after the first start
 * (the 1,000,000-customer benchmark lost its runs to it three times). A schema loaded from the file on a later
 * start is unaffected (H2's own system session then holds the constraints), and so is PostgreSQL.
 */
@Configuration(proxyBeanMethods = false)
class H2SchemaSession {

    /**
     * The connection the migrations run on (H2 only), closed when the application stops. Held, not exposed as a
     * bean of type {@link DataSource}: the application has one data source, the pool.
     */
    static final class SchemaConnection implements org.springframework.beans.factory.DisposableBean {

        private final SingleConnectionDataSource connection;

        SchemaConnection(DataSource dataSource) {
            // suppressClose: Flyway "closes" what it borrowed; the one connection stays open underneath
            this.connection = dataSource instanceof HikariDataSource pool && pool.getJdbcUrl() != null
                    && pool.getJdbcUrl().startsWith("jdbc:h2:")
                    ? new SingleConnectionDataSource(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword(), true)
                    : null;
        }

        @Override
        public void destroy() {
            if (connection != null) {
                connection.destroy();
            }
        }
    }

    @Bean
    SchemaConnection h2SchemaConnection(DataSource dataSource) {
        return new SchemaConnection(dataSource);
    }

    @Bean
    FlywayConfigurationCustomizer h2SchemaConnectionForFlyway(SchemaConnection schema) {
        return configuration -> {
            if (schema.connection != null) {
                configuration.dataSource(schema.connection);
            }
        };
    }
}
