package kehu.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The one application context the integration tests share: the whole application on the test
 * database (H2 in memory, or PostgreSQL with the postgres profile), demo data, MockMvc and a
 * {@link MutableClock}. Use this instead of a bare {@code @SpringBootTest} so contexts are reused.
 * Tests that move the clock reset it afterwards.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
public @interface KehuTest {
}
