package kehu.customer.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import kehu.platform.ReferenceData;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hibernate Search for customers: the embedded Lucene backend on a file-system directory (an index on
 * the heap would be empty after a restart), the Chinese analysers and the programmatic mapping.
 * Other Hibernate Search settings can be given as {@code spring.jpa.properties.hibernate.search.*}
 * (the tests set the indexing plan to {@code sync}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchSettings.class)
class SearchConfiguration {

    /**
     * The executor that indexes imported customers ({@link ImportedCustomersIndexing}): one thread of its own, so
     * that indexing follows a large import instead of queueing behind the other modules' work on the same event (an
     * archive is opened for each imported customer) in the application's shared executor. With
     * {@code spring.task.execution.mode=force} the shared executor stays the default for every other {@code @Async}.
     */
    @Bean(name = ImportedCustomersIndexing.EXECUTOR, destroyMethod = "shutdown")
    org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor customerIndexingExecutor() {
        var executor = new org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("customer-indexing-");
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(30);
        return executor;
    }

    @Bean
    IndexDirectory customerIndexDirectory(SearchSettings settings) {
        return new IndexDirectory(settings);
    }

    @Bean
    HibernatePropertiesCustomizer customerSearchProperties(IndexDirectory directory,
                                                           ObjectProvider<ReferenceData> reference) {
        return properties -> {
            properties.put("hibernate.search.backend.directory.type", "local-filesystem");
            properties.put("hibernate.search.backend.directory.root", directory.path().toString());
            properties.putIfAbsent("hibernate.search.backend.lucene_version", "LATEST");
            append(properties, "hibernate.search.backend.analysis.configurer", new ChineseAnalysis());
            append(properties, "hibernate.search.mapping.configurer", new CustomerIndexMapping(reference::getObject));
        };
    }

    /** Adds a configurer to those other modules may have given (the property takes a list). */
    private static void append(Map<String, Object> properties, String key, Object configurer) {
        var existing = properties.get(key);
        if (existing == null) {
            properties.put(key, configurer);
            return;
        }
        var all = new ArrayList<Object>();
        if (existing instanceof Collection<?> c) {
            all.addAll(c);
        } else {
            all.add(existing);
        }
        all.add(configurer);
        properties.put(key, List.copyOf(all));
    }

    /** The index directory; a temporary one is deleted when the application context closes. */
    static final class IndexDirectory implements DisposableBean {

        private static final Logger log = LoggerFactory.getLogger(IndexDirectory.class);

        private final Path path;
        private final boolean temporary;

        IndexDirectory(SearchSettings settings) {
            this.temporary = settings.temporaryIndex();
            try {
                this.path = temporary ? Files.createTempDirectory("kehu-index-")
                        : Files.createDirectories(settings.indexDir().toAbsolutePath().normalize());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create the search index directory", e);
            }
        }

        Path path() {
            return path;
        }

        @Override
        public void destroy() {
            if (!temporary) {
                return;
            }
            try (Stream<Path> files = Files.walk(path)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                log.warn("Could not delete the temporary search index {}", path, e);
            }
        }
    }
}
