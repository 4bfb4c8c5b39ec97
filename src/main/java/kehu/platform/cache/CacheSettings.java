package kehu.platform.cache;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long this node keeps reference data (calendar, dictionaries, regions) in memory before it reads
 * the database again. A change made on this node is seen at once; this bounds how long another node of
 * a cluster may answer with the old data.
 */
@ConfigurationProperties("kehu.platform.cache")
public record CacheSettings(@DefaultValue("5m") Duration maxAge) {
}
