package kehu.archive;

import java.time.Clock;
import java.util.List;

import kehu.archive.internal.Archive;
import kehu.archive.internal.ArchiveAccess;
import kehu.archive.internal.ArchiveDocument;
import kehu.archive.internal.ArchiveJournal;
import kehu.archive.internal.Archives;
import kehu.archive.internal.IntegrityChecker;
import kehu.archive.internal.IntegrityProblem;
import kehu.archive.internal.IntegrityProblems;
import kehu.archive.internal.IntegrityRun;
import kehu.archive.internal.IntegrityRuns;
import kehu.organization.Permissions;
import kehu.shared.NotFoundException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Integrity checks (四性检测, ARC-10): at intake of every document, by hand for one archive, when a read finds
 * a changed or missing file, and as a sweep over all archives (the cluster-safe job {@value #SWEEP_TASK}).
 * Each check is a run with its counts; its findings are kept per archive, and each archive remembers the
 * result of the last check that covered it.
 */
@Service
public class ArchiveIntegrity {

    public static final String SWEEP_TASK = "archive.integrity-sweep";
    private static final Logger log = LoggerFactory.getLogger(ArchiveIntegrity.class);
    private static final int BATCH = 200;

    private final Archives archives;
    private final IntegrityRuns runs;
    private final IntegrityProblems problems;
    private final IntegrityChecker checker;
    private final ArchiveAccess access;
    private final ArchiveJournal journal;
    private final TransactionTemplate tx;
    private final TransactionTemplate newTx;
    private final Clock clock;

    ArchiveIntegrity(Archives archives, IntegrityRuns runs, IntegrityProblems problems, IntegrityChecker checker,
                     ArchiveAccess access, ArchiveJournal journal, PlatformTransactionManager transactions, Clock clock) {
        this.archives = archives;
        this.runs = runs;
        this.problems = problems;
        this.checker = checker;
        this.access = access;
        this.journal = journal;
        this.tx = new TransactionTemplate(transactions);
        this.newTx = new TransactionTemplate(transactions);
        this.newTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Checks one archive now (all four properties, every file hashed). */
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_MANAGE + "')")
    public IntegrityRunView checkArchive(long archiveId) {
        var reader = access.reader(Permissions.ARCHIVE_MANAGE);
        return tx.execute(s -> {
            var archive = access.readable(archiveId, reader);
            var run = runs.save(new IntegrityRun(IntegrityRun.Trigger.MANUAL, archiveId, clock.instant()));
            record(run, archive, checker.check(archive), true);
            run.finish(clock.instant());
            return view(run);
        });
    }

    /**
     * The sweep over every archive, a transaction per batch of {@value #BATCH}: the batch's archives, volumes,
     * documents and versions read in four queries, the archives found intact marked in one; returns the run.
     */
    public IntegrityRunView sweep() {
        var run = tx.execute(s -> runs.save(new IntegrityRun(IntegrityRun.Trigger.SWEEP, null, clock.instant())));
        long after = 0;
        while (true) {
            List<Long> batch = archives.idsAfter(after, PageRequest.of(0, BATCH));
            if (batch.isEmpty()) {
                break;
            }
            // one transaction per batch: the batch's archives and the run read once, each archive's result kept
            tx.executeWithoutResult(s -> {
                var current = runs.findById(run.getId()).orElseThrow();
                var checked = archives.findAllById(batch);
                var results = checker.checkAll(checked);
                var ok = new java.util.ArrayList<Long>();
                for (var a : checked) {
                    var result = results.get(a.getId());
                    record(current, a, result, !result.ok());
                    if (result.ok()) {
                        ok.add(a.getId());
                    }
                }
                if (!ok.isEmpty()) {
                    archives.markChecked(Archive.Integrity.OK, clock.instant(), current.getId(), ok);
                }
            });
            after = batch.get(batch.size() - 1);
        }
        var finished = tx.execute(s -> {
            var r = runs.findById(run.getId()).orElseThrow();
            r.finish(clock.instant());
            return r;
        });
        log.info("Integrity sweep {}: {} archives, {} files, {} bytes, {} problems", finished.getId(),
                finished.getArchivesChecked(), finished.getFilesChecked(), finished.getBytesHashed(), finished.getProblems());
        return view(finished);
    }

    /** The intake check of documents just filed (in the filing transaction); returns the findings. */
    public List<IntegrityChecker.Finding> atIntake(Archive archive, List<ArchiveDocument> filed) {
        var run = runs.save(new IntegrityRun(IntegrityRun.Trigger.INTAKE, archive.getId(), clock.instant()));
        var result = checker.check(archive, filed, false);
        record(run, archive, result, false);
        run.finish(clock.instant());
        return result.findings();
    }

    /** A read found a file changed, missing or unreadable: recorded at once, whatever happens to the read. */
    public void readFailed(long archiveId, long documentId, long versionId, IntegrityAspect aspect, String code,
                           String detail) {
        newTx.executeWithoutResult(s -> {
            var archive = archives.findById(archiveId).orElseThrow();
            var run = runs.save(new IntegrityRun(IntegrityRun.Trigger.READ, archiveId, clock.instant()));
            var result = new IntegrityChecker.Result(1, 1, 0, List.of(
                    new IntegrityChecker.Finding(documentId, versionId, aspect, code, detail)));
            record(run, archive, result, true);
            run.finish(clock.instant());
        });
    }

    private void record(IntegrityRun run, Archive archive, IntegrityChecker.Result result, boolean setsStatus) {
        for (var f : result.findings()) {
            problems.save(new IntegrityProblem(run.getId(), archive.getId(), f.documentId(), f.versionId(), f.aspect(),
                    f.code(), f.detail()));
        }
        run.add(1, result.documents(), result.files(), result.bytes(), result.findings().size());
        if (setsStatus) {
            archives.markChecked(result.ok() ? Archive.Integrity.OK : Archive.Integrity.PROBLEMS, clock.instant(),
                    run.getId(), List.of(archive.getId()));
        }
        if (!result.ok()) {
            journal.audit("archive.integrity.problems", "archive", archive.getId(), null,
                    "run=" + run.getId() + ", problems=" + result.findings().size() + ", first="
                            + result.findings().get(0).code());
        }
    }

    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_MANAGE + "')")
    public Page<IntegrityRunView> runs(Pageable pageable) {
        return tx.execute(s -> runs.findAllByOrderByStartedAtDescIdDesc(pageable).map(ArchiveIntegrity::view));
    }

    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_MANAGE + "')")
    public IntegrityRunView run(long id) {
        return tx.execute(s -> runs.findById(id).map(ArchiveIntegrity::view).orElseThrow(() -> new NotFoundException("integrityRun", id)));
    }

    /** The findings of a run (the per-run report). */
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_MANAGE + "')")
    public List<ProblemView> problemsOf(long runId) {
        return tx.execute(s -> problems.findByRunIdOrderById(runId).stream().map(this::view).toList());
    }

    ProblemView view(IntegrityProblem p) {
        var no = archives.findById(p.getArchiveId()).map(Archive::getArchiveNo).orElse("#" + p.getArchiveId());
        return new ProblemView(p.getArchiveId(), no, p.getDocumentId(), p.getVersionId(), p.getAspect(), p.getCode(),
                p.getDetail());
    }

    static IntegrityRunView view(IntegrityRun r) {
        return new IntegrityRunView(r.getId(), r.getTrigger().name(), r.getArchiveId(), r.getStartedAt(), r.getFinishedAt(),
                r.getArchivesChecked(), r.getDocumentsChecked(), r.getFilesChecked(), r.getBytesHashed(), r.getProblems());
    }
}
