package kehu.archive;

import java.time.Clock;
import java.time.LocalDate;

import kehu.archive.internal.Archive;
import kehu.archive.internal.ArchiveAccess;
import kehu.archive.internal.ArchiveDocument;
import kehu.archive.internal.ArchiveDocuments;
import kehu.archive.internal.ArchiveJournal;
import kehu.archive.internal.Archives;
import kehu.archive.internal.ContentStore;
import kehu.archive.internal.Destruction;
import kehu.archive.internal.Destructions;
import kehu.archive.internal.DocumentVersions;
import kehu.archive.internal.Loans;
import kehu.organization.OrganizationDirectory;
import kehu.organization.Permissions;
import kehu.organization.StaffSummary;
import kehu.platform.ApprovalDecided;
import kehu.platform.ApprovalOutcome;
import kehu.platform.ApprovalRequest;
import kehu.platform.Approvals;
import kehu.shared.ClockConfiguration;
import kehu.shared.DomainException;
import kehu.shared.FieldViolation;
import kehu.shared.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Disposition (ARC-8): legal holds, and the destruction of a closed archive whose retention has run out — appraised
 * and asked for by the archive room, approved through the chain {@value #BUSINESS_TYPE}, then carried out: every file's
 * content is removed from the content store (after the transaction commits), each version keeps its name and hash, the
 * catalogue (archive, volumes, documents) stays, and the destruction register records what, when, who and the
 * witnesses. A legal hold refuses the request and, if placed while the approval runs, blocks the destruction. An
 * approval delivered twice destroys once.
 */
@Service
public class ArchiveDisposition {

    public static final String BUSINESS_TYPE = "archive.destroy";

    private final Archives archives;
    private final Destructions destructions;
    private final ArchiveDocuments documents;
    private final DocumentVersions versions;
    private final Loans loans;
    private final ContentStore store;
    private final ArchiveAccess access;
    private final Approvals approvals;
    private final OrganizationDirectory directory;
    private final ArchiveJournal journal;
    private final kehu.archive.internal.Shelving shelving;
    private final TransactionTemplate tx;
    private final Clock clock;

    ArchiveDisposition(Archives archives, Destructions destructions, ArchiveDocuments documents, DocumentVersions versions,
                       Loans loans, ContentStore store, ArchiveAccess access, Approvals approvals,
                       OrganizationDirectory directory, ArchiveJournal journal, kehu.archive.internal.Shelving shelving,
                       PlatformTransactionManager transactions, Clock clock) {
        this.shelving = shelving;
        this.archives = archives;
        this.destructions = destructions;
        this.documents = documents;
        this.versions = versions;
        this.loans = loans;
        this.store = store;
        this.access = access;
        this.approvals = approvals;
        this.directory = directory;
        this.journal = journal;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Places or lifts a legal hold; placing one needs a reason. Audited. */
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_MANAGE + "')")
    public void legalHold(long archiveId, boolean hold, String reason) {
        var reader = access.reader(Permissions.ARCHIVE_MANAGE);
        var why = reason == null ? "" : reason.strip();
        if (hold && why.isEmpty()) {
            throw DomainException.invalid("reason", "validation.required");
        }
        if (why.length() > 500) {
            throw DomainException.invalid("reason", "archive.intake.tooLong", 500);
        }
        tx.executeWithoutResult(s -> {
            var archive = access.readable(archiveId, reader);
            var before = archive.isLegalHold();
            archive.hold(hold, why);
            journal.audit(hold ? "archive.legalHold.place" : "archive.legalHold.lift", "archive", archiveId,
                    "legalHold=" + before, "legalHold=" + hold + (hold ? ", reason=" + why : ""));
        });
    }

    /** Asks for the destruction of a due archive, with the appraisal and the witnesses; returns the request's id. */
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_MANAGE + "')")
    public long request(long archiveId, String appraisal, String witnesses) {
        var reader = access.reader(Permissions.ARCHIVE_MANAGE);
        var problems = new java.util.ArrayList<FieldViolation>();
        var a = text(appraisal, "appraisal", 1000, problems);
        var w = text(witnesses, "witnesses", 300, problems);
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        return tx.execute(s -> {
            var archive = access.readable(archiveId, reader);
            archive.requireDestroyable(LocalDate.ofInstant(clock.instant(), ClockConfiguration.ZONE));
            if (destructions.existsByArchiveIdAndStatus(archiveId, "REQUESTED")) {
                throw new DomainException("archive.destroy.pending", archive.getArchiveNo());
            }
            var d = destructions.save(new Destruction(archiveId, a, w, reader.staffId(), clock.instant()));
            d.awaiting(approvals.start(new ApprovalRequest(BUSINESS_TYPE, Long.toString(d.getId()),
                    archive.getArchiveNo() + " " + archive.getCustomerName(), reader.staffId(), reader.staffId())));
            journal.audit("archive.destroy.request", "archive", archiveId, null,
                    "destruction=" + d.getId() + ", witnesses=" + w + ", appraisal=" + a);
            return d.getId();
        });
    }

    /** The approval ended (once per delivery of the event; a repeat changes nothing). */
    public void decided(ApprovalDecided event) {
        tx.executeWithoutResult(s -> {
            var d = destructions.findById(Long.parseLong(event.businessKey())).orElse(null);
            if (d == null || !d.pending()) {
                return;
            }
            var now = clock.instant();
            var archive = archives.findById(d.getArchiveId()).orElseThrow();
            if (event.outcome() != ApprovalOutcome.APPROVED) {
                d.decide("REJECTED", now);
                journal.audit("archive.destroy.reject", "archive", archive.getId(), null, "destruction=" + d.getId()
                        + ", outcome=" + event.outcome());
                return;
            }
            if (archive.isLegalHold() || archive.getStatus() != ArchiveStatus.CLOSED) {
                d.decide("BLOCKED", now);
                journal.audit("archive.destroy.blocked", "archive", archive.getId(), null, "destruction=" + d.getId()
                        + ", legalHold=" + archive.isLegalHold());
                return;
            }
            destroy(archive, d, now);
        });
    }

    private void destroy(Archive archive, Destruction d, java.time.Instant now) {
        var docs = documents.findByArchiveIdOrderByVolumeIdAscItemNoAsc(archive.getId());
        var all = docs.isEmpty() ? java.util.List.<kehu.archive.internal.DocumentVersion>of()
                : versions.findByDocumentIdInOrderByDocumentIdAscVersionNoAsc(docs.stream().map(ArchiveDocument::getId).toList());
        var keys = new java.util.LinkedHashSet<String>();
        long bytes = 0;
        for (var v : all) {
            if (v.hasFile()) {
                if (keys.add(v.getContentKey())) {
                    bytes += v.getSizeBytes() == null ? 0 : v.getSizeBytes();
                }
                v.contentDestroyed(now);
            }
        }
        archive.destroyed();
        shelving.vacate(archive, "destruction #" + d.getId(), now);
        d.done(keys.size(), bytes, now);
        // the content goes only once the register and the catalogue are committed
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                keys.forEach(store::remove);
            }
        });
        journal.audit("archive.destroy", "archive", archive.getId(), "status=CLOSED", "status=DESTROYED, destruction="
                + d.getId() + ", files=" + keys.size() + ", bytes=" + bytes + ", witnesses=" + d.getWitnesses());
    }

    /** The destruction register, newest first. */
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_MANAGE + "')")
    public Page<DestructionRow> register(Pageable pageable) {
        return tx.execute(s -> destructions.findByStatusOrderByDestroyedAtDescIdDesc("DONE", pageable).map(this::row));
    }

    /** The destructions (asked, refused, blocked, done) of one archive. */
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_MANAGE + "')")
    public java.util.List<DestructionRow> ofArchive(long archiveId) {
        var reader = access.reader(Permissions.ARCHIVE_MANAGE);
        return tx.execute(s -> {
            access.readable(archiveId, reader);
            return destructions.findByArchiveIdOrderByIdDesc(archiveId).stream().map(this::row).toList();
        });
    }

    private DestructionRow row(Destruction d) {
        var a = archives.findById(d.getArchiveId()).orElseThrow(() -> new NotFoundException("archive", d.getArchiveId()));
        return new DestructionRow(d.getId(), a.getId(), a.getArchiveNo(), a.getCustomerName(), d.getStatus(), d.getAppraisal(),
                d.getWitnesses(), directory.staff(d.getRequestedByStaffId()).map(StaffSummary::fullName).orElse(""),
                d.getApprovalId(), d.getRequestedAt(), d.getDecidedAt(), d.getDestroyedAt(), d.getFilesRemoved(),
                d.getBytesRemoved());
    }

    private static String text(String value, String field, int max, java.util.List<FieldViolation> problems) {
        var v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            problems.add(new FieldViolation(field, "validation.required"));
        } else if (v.length() > max) {
            problems.add(new FieldViolation(field, "archive.intake.tooLong", max));
        }
        return v;
    }

}
