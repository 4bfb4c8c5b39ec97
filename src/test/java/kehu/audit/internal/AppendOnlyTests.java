package kehu.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;

import org.hibernate.annotations.Immutable;
import org.junit.jupiter.api.Test;

/** The code offers no way to change or remove an audit entry. */
class AppendOnlyTests {

    @Test
    void theEntityIsImmutableAndHasNoSetters() {
        assertThat(AuditEntry.class.isAnnotationPresent(Immutable.class)).isTrue();
        assertThat(Arrays.stream(AuditEntry.class.getDeclaredMethods()).map(Method::getName))
                .noneMatch(name -> name.startsWith("set"));
        assertThat(Arrays.stream(AuditEntry.class.getDeclaredFields())
                .filter(f -> !Modifier.isStatic(f.getModifiers()))
                .map(f -> f.getAnnotation(jakarta.persistence.Column.class))
                .filter(c -> c != null))
                .allMatch(column -> !column.updatable());
    }

    @Test
    void theRepositoryOnlyReads() {
        assertThat(Arrays.stream(AuditEntries.class.getMethods()).map(Method::getName))
                .allMatch(name -> name.startsWith("find"));
    }
}
