package kehu.customer.search;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the customer search index lives.
 *
 * @param indexDir         directory of the Lucene index (one sub-directory per index)
 * @param temporaryIndex   a fresh temporary directory instead, removed when the application stops (tests)
 * @param rebuildWhenEmpty index all customers at start when the index is empty and the database is not
 */
@ConfigurationProperties("kehu.search")
record SearchSettings(@DefaultValue("./data/index") Path indexDir, boolean temporaryIndex,
                      @DefaultValue("true") boolean rebuildWhenEmpty) {
}
