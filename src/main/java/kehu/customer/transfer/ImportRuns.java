package kehu.customer.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;

import kehu.customer.CustomersImported;
import kehu.customer.DuplicateMode;
import kehu.customer.ImportOptions;
import kehu.customer.ImportPolicy;
import kehu.customer.ImportRunView;
import kehu.customer.ImportSettings;
import kehu.customer.ImportStatus;
import kehu.customer.internal.CustomerFormCheck;
import kehu.customer.internal.FieldDefinition;
import kehu.organization.DataScope;
import kehu.organization.OrganizationDirectory;
import kehu.organization.StaffSummary;
import kehu.platform.ReferenceData;
import kehu.shared.AuditableAction;
import kehu.shared.DomainException;
import kehu.shared.FieldViolation;
import kehu.shared.PersistenceConfiguration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs imports (CUS-8): keeps the uploaded file, starts the dry run and the import on a small executor
 * (one run per person at a time), keeps their progress for the progress page and records every run.
 * The import itself is one transaction: the accepted rows are written in chunks of
 * {@code kehu.customer.imports.chunk-size} and either all commit or — under
 * {@link ImportPolicy#ALL_OR_NOTHING} with a rejected row, or on any error — none.
 */
@Component
public class ImportRuns {

    private static final Logger log = LoggerFactory.getLogger(ImportRuns.class);
    static final int EVENT_CHUNK = 1000;

    private final ImportRunRecords runs;
    private final ImportProblemRecords problems;
    private final ImportProblemWriter problemWriter;
    private final ImportColumns columns;
    private final ExistingKeys existingKeys;
    private final BulkCustomerWriter writer;
    private final TableStatistics statistics;
    private final DuplicateFinder duplicates;
    private final CustomerFormCheck check;
    private final ReferenceData reference;
    private final OrganizationDirectory directory;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final ImportSettings settings;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final TransactionTemplate newTx;
    private final ThreadPoolTaskExecutor executor;
    private final Path folder;
    private final Map<Long, ImportProgress> active = new ConcurrentHashMap<>();

    ImportRuns(ImportRunRecords runs, ImportProblemRecords problems, ImportProblemWriter problemWriter,
               ImportColumns columns, ExistingKeys existingKeys, BulkCustomerWriter writer, TableStatistics statistics,
               DuplicateFinder duplicates,
               CustomerFormCheck check, ReferenceData reference, OrganizationDirectory directory, MessageSource messages,
               ApplicationEventPublisher events, ImportSettings settings, Clock clock,
               PlatformTransactionManager transactions) throws IOException {
        this.runs = runs;
        this.problems = problems;
        this.problemWriter = problemWriter;
        this.columns = columns;
        this.existingKeys = existingKeys;
        this.writer = writer;
        this.statistics = statistics;
        this.duplicates = duplicates;
        this.check = check;
        this.reference = reference;
        this.directory = directory;
        this.messages = messages;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
        this.newTx = new TransactionTemplate(transactions);
        this.newTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.folder = settings.directory() != null ? settings.directory()
                : Path.of(System.getProperty("java.io.tmpdir"), "kehu-imports");
        Files.createDirectories(folder);
        this.executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(Math.max(1, settings.threads()));
        executor.setMaxPoolSize(Math.max(1, settings.threads()));
        executor.setQueueCapacity(50);
        executor.setThreadNamePrefix("customer-import-");
        executor.setWaitForTasksToCompleteOnShutdown(false);
        executor.initialize();
    }

    // --- upload ----------------------------------------------------------------------------------

    /**
     * Keeps an uploaded file, checks that it can be read (format by its name, then by its content;
     * encoding of a CSV) and reads its header row. An unreadable file is recorded as a failed run and
     * refused with a clear message.
     */
    public long upload(StaffSummary me, String fileName, InputStream content) throws IOException {
        var name = fileName == null || fileName.isBlank() ? "upload" : Path.of(fileName.replace('\\', '/')).getFileName()
                .toString();
        name = name.length() > 255 ? name.substring(name.length() - 255) : name;
        var lower = name.toLowerCase(Locale.ROOT);
        var format = lower.endsWith(".xlsx") ? "XLSX" : lower.endsWith(".csv") ? "CSV" : null;
        var file = folder.resolve(UUID.randomUUID() + ".upload");
        String sha256;
        long size;
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            try (var in = new DigestInputStream(content, digest)) {
                size = Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            }
            sha256 = HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        var charset = (String) null;
        List<String> headers = List.of();
        DomainException refused = null;
        try {
            if (size > settings.maxFileSize().toBytes()) {
                throw new UnreadableFile("customer.import.file.tooLarge", settings.maxFileSize().toMegabytes());
            }
            if (format == null) {
                throw new UnreadableFile("customer.import.file.type");
            }
            if (size == 0) {
                throw new UnreadableFile("customer.import.empty");
            }
            if (format.equals("CSV")) {
                charset = CharsetDetection.detect(file).charset().name();
            }
            try (var source = open(file, format)) {
                var header = source.next();
                if (header == null || header.blank()) {
                    throw new UnreadableFile("customer.import.noHeader");
                }
                headers = header.cells().stream().map(h -> h == null ? "" : h.strip()).toList();
            }
        } catch (DomainException e) {
            refused = e;
        }
        var record = new ImportRunRecord(me.id(), me.username(), name, size, sha256, format == null ? "?" : format, charset);
        record.map(headers, columns.autoMap(headers));
        if (refused != null) {
            Files.deleteIfExists(file);
            record.end(ImportStatus.FAILED, clock.instant(), refused.messageKey(), refused.args());
            newTx.executeWithoutResult(s -> runs.save(record));
            throw refused;
        }
        var saved = newTx.execute(s -> runs.save(record));
        Files.move(file, fileOf(saved.getId(), sha256), StandardCopyOption.REPLACE_EXISTING);
        return saved.getId();
    }

    /**
     * Where a run's upload waits: named by run id and content hash, so that two application instances
     * sharing a temporary folder (tests, a database recreated under the same folder) never read or delete
     * each other's uploads.
     */
    private Path fileOf(long runId, String sha256) {
        return folder.resolve("run-" + runId + "-" + sha256.substring(0, 16) + ".upload");
    }

    private RowSource open(Path file, String format) throws IOException {
        if (format.equals("XLSX")) {
            return new XlsxRowSource(file);
        }
        return new CsvRowSource(file, CharsetDetection.detect(file));
    }

    // --- starting --------------------------------------------------------------------------------

    /**
     * Sets the mapping, policy and default owner and starts the dry run ({@code dryRun}) or the import in
     * the background. Refuses a second running import of the same person.
     */
    public void start(long runId, ImportOptions options, boolean dryRun, DataScope scope, StaffSummary me) {
        var record = runs.findById(runId).orElseThrow(() -> new kehu.shared.NotFoundException("customer-import", runId));
        var defs = columns.activeFields();
        var headers = record.headers();
        var mapping = options.mapping() == null ? record.targets() : options.mapping();
        var problems = new ArrayList<FieldViolation>();
        var byCode = new HashMap<String, FieldDefinition>();
        defs.forEach(d -> byCode.put(d.getCode(), d));
        var seen = new java.util.HashSet<String>();
        var clean = new ArrayList<String>();
        for (int i = 0; i < headers.size(); i++) {
            var target = i < mapping.size() && mapping.get(i) != null ? mapping.get(i).strip() : "";
            if (!target.isEmpty()) {
                if (!columns.known(target, byCode)) {
                    problems.add(new FieldViolation("mapping[" + i + "]", "customer.import.mapping.unknown", target));
                } else if (!seen.add(target)) {
                    problems.add(new FieldViolation("mapping[" + i + "]", "customer.import.mapping.twice",
                            columns.label(target, org.springframework.context.i18n.LocaleContextHolder.getLocale())));
                }
            }
            clean.add(target);
        }
        if (!seen.contains("name")) {
            problems.add(new FieldViolation("mapping", "customer.import.mapping.nameMissing"));
        }
        if (options.defaultOwnerId() != null) {
            var owner = directory.staff(options.defaultOwnerId()).filter(StaffSummary::enabled);
            if (owner.isEmpty()) {
                problems.add(new FieldViolation("defaultOwnerId", "customer.manager.unknown", options.defaultOwnerId()));
            } else if (!scope.all() && owner.get().id() != scope.staffId() && !scope.unitIds().contains(owner.get().unitId())) {
                problems.add(new FieldViolation("defaultOwnerId", "customer.owner.outOfScope"));
            }
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        synchronized (this) {
            busy(me.id());
            newTx.executeWithoutResult(s -> {
                var r = runs.findById(runId).orElseThrow();
                r.configure(options.policy(), options.defaultOwnerId());
                r.map(headers, clean);
                r.start(dryRun ? ImportStatus.VALIDATING : ImportStatus.IMPORTING, clock.instant());
            });
            submit(runId, dryRun, scope);
        }
    }

    /** Imports the accepted rows of a run whose dry run finished. */
    public void confirm(long runId, DataScope scope, StaffSummary me) {
        synchronized (this) {
            busy(me.id());
            newTx.executeWithoutResult(s -> runs.findById(runId).orElseThrow().start(ImportStatus.IMPORTING, clock.instant()));
            submit(runId, false, scope);
        }
    }

    /** Gives up a run that is not running; its file is deleted. */
    public void cancel(long runId) {
        newTx.executeWithoutResult(s -> runs.findById(runId).orElseThrow().cancel(clock.instant()));
        delete(runId);
    }

    private void busy(long staffId) {
        if (runs.existsByStaffIdAndStatusIn(staffId, EnumSet.of(ImportStatus.VALIDATING, ImportStatus.IMPORTING))) {
            throw new DomainException("customer.import.busy");
        }
    }

    private void submit(long runId, boolean dryRun, DataScope scope) {
        var progress = new ImportProgress();
        active.put(runId, progress);
        Runnable task = () -> execute(runId, dryRun, scope, progress);
        try {
            executor.execute(new DelegatingSecurityContextRunnable(task, SecurityContextHolder.getContext()));
        } catch (RejectedExecutionException e) {
            active.remove(runId);
            finish(runId, ImportStatus.FAILED, progress, List.of(), "customer.import.tooBusy");
            throw new DomainException("customer.import.tooBusy");
        }
    }

    // --- the background work ----------------------------------------------------------------------

    private void execute(long runId, boolean dryRun, DataScope scope, ImportProgress progress) {
        var record = newTx.execute(s -> runs.findById(runId).orElseThrow());
        var file = fileOf(runId, record.getSha256());
        var actor = PersistenceConfiguration.currentActor();
        var lines = new ArrayList<ProblemLine>();
        try {
            var defs = columns.activeFields();
            var rows = new RowCheck(check, reference, directory, messages, scope, record.getDefaultOwnerId(), defs,
                    record.targets());
            var mode = duplicates.mode();
            if (dryRun) {
                progress.phase = "reading";
                var keys = newTx.execute(s -> existingKeys.load());
                var pass = new ImportPass(rows, keys, mode, record.headers(), progress, settings.maxProblems());
                try (var source = open(file, record.getFormat())) {
                    pass.run(source, accepted -> {
                    });
                }
                lines.addAll(pass.problems);
                finish(runId, ImportStatus.VALIDATED, progress, lines, null);
                return;
            }
            var outcome = tx.execute(status -> {
                progress.phase = "reading";
                var keys = existingKeys.load();
                var pass = new ImportPass(rows, keys, mode, record.headers(), progress, settings.maxProblems());
                var chunk = new ArrayList<BulkCustomerWriter.NewCustomer>(settings.chunkSize());
                var ids = new ArrayList<Long>(EVENT_CHUNK);
                var now = clock.instant();
                Runnable flush = () -> {
                    if (chunk.isEmpty()) {
                        return;
                    }
                    progress.phase = "writing";
                    var written = writer.write(chunk, record.getFileName(), actor, now);
                    progress.imported += written.size();
                    chunk.clear();
                    for (var id : written) {
                        ids.add(id);
                        if (ids.size() == EVENT_CHUNK) {
                            events.publishEvent(new CustomersImported(runId, ids, now));
                            ids.clear();
                        }
                    }
                    progress.phase = "checking";
                };
                try (var source = open(file, record.getFormat())) {
                    pass.run(source, accepted -> {
                        chunk.add(new BulkCustomerWriter.NewCustomer(accepted.result().checked(), accepted.result().owner()));
                        if (chunk.size() >= settings.chunkSize()) {
                            flush.run();
                        }
                    });
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                lines.addAll(pass.problems);
                if (record.getPolicy() == ImportPolicy.ALL_OR_NOTHING && progress.rejected > 0) {
                    status.setRollbackOnly();
                    progress.imported = 0;
                    return ImportStatus.REFUSED;
                }
                flush.run();
                if (!ids.isEmpty()) {
                    events.publishEvent(new CustomersImported(runId, ids, now));
                }
                events.publishEvent(AuditableAction.of("customer.import", actor, "customer-import", runId, null,
                        describe(record, progress, mode), now));
                return ImportStatus.IMPORTED;
            });
            if (outcome == ImportStatus.REFUSED) {
                newTx.executeWithoutResult(s -> events.publishEvent(AuditableAction.of("customer.import.refused", actor,
                        "customer-import", runId, null, describe(record, progress, mode), clock.instant())));
                finish(runId, ImportStatus.REFUSED, progress, lines, "customer.import.refusedByPolicy");
            } else {
                if (progress.imported >= settings.analyzeAfter()) {
                    progress.phase = "analyzing";
                    statistics.refresh();
                }
                finish(runId, ImportStatus.IMPORTED, progress, lines, null);
            }
        } catch (DomainException e) {
            progress.imported = 0;
            finish(runId, ImportStatus.FAILED, progress, lines, e.messageKey(), e.args());
        } catch (RuntimeException | IOException e) {
            log.error("Import run {} failed", runId, e);
            progress.imported = 0;
            finish(runId, ImportStatus.FAILED, progress, lines, "customer.import.failed");
        } finally {
            active.remove(runId);
            if (!dryRun) {
                delete(runId);
            }
        }
    }

    private static String describe(ImportRunRecord r, ImportProgress p, DuplicateMode mode) {
        return "file=" + r.getFileName() + ", size=" + r.getFileSize() + ", sha256=" + r.getSha256() + ", policy="
                + r.getPolicy() + ", duplicates=" + mode + ", rows=" + p.read + ", accepted=" + p.accepted + ", rejected="
                + p.rejected + ", warned=" + p.warned + ", imported=" + p.imported;
    }

    private void finish(long runId, ImportStatus outcome, ImportProgress progress, List<ProblemLine> lines, String key,
                        Object... args) {
        var now = clock.instant();
        newTx.executeWithoutResult(s -> {
            var r = runs.findById(runId).orElseThrow();
            problems.deleteByRun(runId);
            problemWriter.write(runId, lines, PersistenceConfiguration.currentActor(), now);
            r.counted(progress.read, progress.accepted, progress.rejected, progress.warned,
                    outcome == ImportStatus.IMPORTED ? progress.imported : 0, lines.size());
            r.end(outcome, now, key, args == null ? new Object[0] : args);
        });
    }

    private void delete(long runId) {
        try {
            var sha256 = newTx.execute(s -> runs.findById(runId).map(ImportRunRecord::getSha256).orElse(null));
            if (sha256 != null) {
                Files.deleteIfExists(fileOf(runId, sha256));
            }
        } catch (IOException e) {
            log.warn("Could not delete the upload of import run {}", runId, e);
        }
    }

    /** Runs left running by a stopped application failed; their files are deleted. */
    @EventListener(ApplicationReadyEvent.class)
    void recover() {
        newTx.executeWithoutResult(s -> {
            for (var r : runs.findByStatusIn(EnumSet.of(ImportStatus.VALIDATING, ImportStatus.IMPORTING))) {
                if (!active.containsKey(r.getId())) {
                    r.end(ImportStatus.FAILED, clock.instant(), "customer.import.interrupted");
                    delete(r.getId());
                }
            }
        });
    }

    // --- reading ---------------------------------------------------------------------------------

    public ImportRunView view(ImportRunRecord r) {
        var p = active.get(r.getId());
        boolean running = p != null && r.getStatus().running();
        return new ImportRunView(r.getId(), r.getUsername(), r.getFileName(), r.getFileSize(), r.getSha256(),
                r.getFormat(), r.getCharset(), r.getPolicy(), r.getDefaultOwnerId(), r.getStatus(), r.headers(),
                r.targets(), running ? p.read : r.getRowsRead(), running ? p.accepted : r.getRowsAccepted(),
                running ? p.rejected : r.getRowsRejected(), running ? p.warned : r.getRowsWarned(),
                running ? p.imported : r.getRowsImported(), r.getProblemsKept(), running ? p.fraction : r.getStatus().finished()
                        || r.getStatus() == ImportStatus.VALIDATED ? 1.0 : 0.0, running ? p.phase : null,
                r.getMessageKey(), r.messageArgList(), r.getCreatedAt(), r.getStartedAt(), r.getFinishedAt());
    }

    @jakarta.annotation.PreDestroy
    void shutdown() {
        executor.shutdown();
    }
}
