package kehu.customer;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Customer imports (CUS-8), {@code kehu.customer.imports.*}.
 *
 * @param directory   where uploaded files wait between the dry run and the import (deleted when the run ends);
 *                    empty: a folder in the system's temporary directory
 * @param chunkSize   customers written per JDBC batch
 * @param maxProblems report lines kept per run (the counts are always complete)
 * @param maxFileSize largest file accepted
 * @param threads     imports running at once (one per person in any case)
 * @param analyzeAfter an import that wrote at least this many customers refreshes the database's planner
 *                    statistics of the customer tables at once (PostgreSQL; without it the planner keeps
 *                    planning for the old table size until autovacuum gets to it, if it runs at all)
 */
@ConfigurationProperties("kehu.customer.imports")
public record ImportSettings(Path directory, @DefaultValue("1000") int chunkSize, @DefaultValue("10000") int maxProblems,
                             @DefaultValue("512MB") DataSize maxFileSize, @DefaultValue("2") int threads,
                             @DefaultValue("10000") int analyzeAfter) {
}
