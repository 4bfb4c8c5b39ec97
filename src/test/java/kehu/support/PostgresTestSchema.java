package kehu.support;

import java.util.Map;
import java.util.UUID;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/** Gives each test application context on PostgreSQL a schema of its own (see application-postgres.properties). */
public class PostgresTestSchema implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        var schema = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        environment.getPropertySources().addLast(new MapPropertySource("kehu-test-schema", Map.of("kehu.test.schema", schema)));
    }
}
