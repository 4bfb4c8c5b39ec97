package kehu.customer;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Duplicate checks (CUS-4), {@code kehu.customer.duplicates.*}.
 *
 * @param mode WARN (default): likely duplicates are shown and may be confirmed; BLOCK: they are refused
 */
@ConfigurationProperties("kehu.customer.duplicates")
public record DuplicateSettings(@DefaultValue("WARN") DuplicateMode mode) {
}
