package kehu.archive;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.criteria.Predicate;

import kehu.archive.internal.Archive;
import kehu.archive.internal.ArchiveAccess;
import kehu.archive.internal.ArchiveDocument;
import kehu.archive.internal.ArchiveDocuments;
import kehu.archive.internal.ArchiveJournal;
import kehu.archive.internal.Archives;
import kehu.archive.internal.DocumentVersions;
import kehu.archive.internal.Loan;
import kehu.archive.internal.LoanHold;
import kehu.archive.internal.LoanHolds;
import kehu.archive.internal.LoanItem;
import kehu.archive.internal.LoanItems;
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

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Lending (借阅, ARC-7): a request for documents of one archive goes through the approvals engine with the chain
 * of the highest confidentiality level involved ({@code archive.lend.<level>}); an approved electronic loan lets
 * the borrower read those files until the due date, whatever their clearance; a physical loan is handed out
 * against a signature and returned with its condition. A physical item is held by one loan at a time, from the
 * request until it is returned or refused: a second request for it is refused with a clear message, also
 * when both arrive at the same moment (the hold is a row keyed by the document).
 */
@Service
public class ArchiveLending {

    static final int MAX_DAYS = 90;

    private final Loans loans;
    private final LoanItems items;
    private final LoanHolds holds;
    private final Archives archives;
    private final ArchiveDocuments documents;
    private final DocumentVersions versions;
    private final ArchiveAccess access;
    private final Approvals approvals;
    private final OrganizationDirectory directory;
    private final ArchiveJournal journal;
    private final TransactionTemplate tx;
    private final Clock clock;
    @PersistenceContext
    private EntityManager entityManager;

    ArchiveLending(Loans loans, LoanItems items, LoanHolds holds, Archives archives, ArchiveDocuments documents,
                   DocumentVersions versions, ArchiveAccess access, Approvals approvals, OrganizationDirectory directory,
                   ArchiveJournal journal, PlatformTransactionManager transactions, Clock clock) {
        this.loans = loans;
        this.items = items;
        this.holds = holds;
        this.archives = archives;
        this.documents = documents;
        this.versions = versions;
        this.access = access;
        this.approvals = approvals;
        this.directory = directory;
        this.journal = journal;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Asks to borrow documents of an archive the signed-in person may see; returns the loan's id. */
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_VIEW + "')")
    public long request(long archiveId, LoanForm form) {
        var reader = access.reader(Permissions.ARCHIVE_VIEW);
        return tx.execute(s -> {
            var archive = access.readable(archiveId, reader);
            var problems = new ArrayList<FieldViolation>();
            var docs = check(archive, form, problems);
            if (!problems.isEmpty()) {
                throw DomainException.invalid(problems);
            }
            var level = docs.stream().map(ArchiveDocument::getConfidentiality)
                    .reduce(archive.getConfidentiality(), Confidentiality::highest);
            var now = clock.instant();
            var loan = loans.save(new Loan(archiveId, reader.staffId(), form.purpose().strip(), form.mode(),
                    form.copying() == null ? Copying.NONE : form.copying(), level, form.dueOn(), now));
            for (var d : docs) {
                items.save(new LoanItem(loan.getId(), d.getId()));
                if (form.mode() == LoanMode.PHYSICAL) {
                    hold(d, loan);
                }
            }
            var title = archive.getArchiveNo() + " · " + docs.get(0).getTitle() + (docs.size() > 1 ? " 等 " + docs.size() + " 件" : "");
            loan.awaiting(approvals.start(new ApprovalRequest(Loan.businessType(level), Long.toString(loan.getId()), title,
                    reader.staffId(), reader.staffId())));
            journal.audit("archive.loan.request", "archiveLoan", loan.getId(), null, "archive=" + archive.getArchiveNo()
                    + ", documents=" + docs.stream().map(d -> d.getId().toString()).collect(Collectors.joining(","))
                    + ", mode=" + form.mode() + ", copying=" + loan.getCopying() + ", level=" + level + ", due=" + form.dueOn());
            return loan.getId();
        });
    }

    private void hold(ArchiveDocument d, Loan loan) {
        try {
            entityManager.persist(new LoanHold(d.getId(), loan.getId())); // persist, never merge: a held item stays held
            entityManager.flush();
        } catch (PersistenceException | DataIntegrityViolationException heldMeanwhile) {
            throw new DomainException("archive.loan.alreadyOut", d.getTitle());
        }
    }

    private List<ArchiveDocument> check(Archive archive, LoanForm form, List<FieldViolation> problems) {
        var docs = new ArrayList<ArchiveDocument>();
        if (form.documentIds() == null || form.documentIds().isEmpty()) {
            problems.add(new FieldViolation("documentIds", "validation.required"));
        } else {
            for (var id : form.documentIds().stream().distinct().toList()) {
                var d = documents.findById(id).filter(x -> x.getArchiveId() == archive.getId()).orElse(null);
                if (d == null) {
                    problems.add(new FieldViolation("documentIds", "archive.loan.documentUnknown", id));
                    continue;
                }
                docs.add(d);
                if (form.mode() == LoanMode.PHYSICAL && d.getCarrier() == Carrier.ELECTRONIC) {
                    problems.add(new FieldViolation("documentIds", "archive.loan.notPhysical", d.getTitle()));
                }
                if (form.mode() == LoanMode.ELECTRONIC && versions.findByDocumentIdAndVersionNo(d.getId(),
                        d.getCurrentVersion()).map(v -> !v.hasFile()).orElse(true)) {
                    problems.add(new FieldViolation("documentIds", "archive.loan.noFile", d.getTitle()));
                }
                if (form.mode() == LoanMode.PHYSICAL && holds.existsById(d.getId())) {
                    problems.add(new FieldViolation("documentIds", "archive.loan.alreadyOut", d.getTitle()));
                }
            }
        }
        if (form.purpose() == null || form.purpose().isBlank()) {
            problems.add(new FieldViolation("purpose", "validation.required"));
        } else if (form.purpose().strip().length() > 500) {
            problems.add(new FieldViolation("purpose", "archive.intake.tooLong", 500));
        }
        if (form.mode() == null) {
            problems.add(new FieldViolation("mode", "validation.required"));
        }
        var today = LocalDate.ofInstant(clock.instant(), ClockConfiguration.ZONE);
        if (form.dueOn() == null) {
            problems.add(new FieldViolation("dueOn", "validation.required"));
        } else if (form.dueOn().isBefore(today) || form.dueOn().isAfter(today.plusDays(MAX_DAYS))) {
            problems.add(new FieldViolation("dueOn", "archive.loan.dueRange", MAX_DAYS));
        }
        return docs;
    }

    /** The approval of a loan ended (called once per delivery of {@link ApprovalDecided}; idempotent). */
    public void decided(ApprovalDecided event) {
        tx.executeWithoutResult(s -> {
            var loan = loans.findById(Long.parseLong(event.businessKey())).orElse(null);
            if (loan == null || !loan.decide(event.outcome() == ApprovalOutcome.APPROVED, event.at())) {
                return;
            }
            if (loan.getStatus() == LoanStatus.REJECTED) {
                holds.deleteAll(holds.findByLoanId(loan.getId()));
            }
            journal.audit("archive.loan.decide", "archiveLoan", loan.getId(), "status=REQUESTED",
                    "status=" + loan.getStatus() + ", outcome=" + event.outcome());
        });
    }

    /** Hands a physical loan out against the borrower's signature. */
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_MANAGE + "')")
    public void handOut(long loanId, String signedName) {
        if (signedName == null || signedName.isBlank() || signedName.strip().length() > 50) {
            throw DomainException.invalid("signedName", signedName == null || signedName.isBlank() ? "validation.required"
                    : "archive.intake.tooLong", 50);
        }
        tx.executeWithoutResult(s -> {
            var loan = loans.findById(loanId).orElseThrow(() -> new NotFoundException("archiveLoan", loanId));
            loan.handOut(signedName.strip(), clock.instant());
            journal.audit("archive.loan.handOut", "archiveLoan", loanId, "status=APPROVED",
                    "status=OUT, signed=" + signedName.strip());
        });
    }

    /** Takes a loan back: a physical one with its condition (the items are free again), an electronic one ends. */
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_MANAGE + "')")
    public void giveBack(long loanId, ReturnCondition condition, String note) {
        if (note != null && note.length() > 500) {
            throw DomainException.invalid("note", "archive.intake.tooLong", 500);
        }
        tx.executeWithoutResult(s -> {
            var loan = loans.findById(loanId).orElseThrow(() -> new NotFoundException("archiveLoan", loanId));
            var before = loan.getStatus();
            loan.giveBack(condition, note, clock.instant());
            holds.deleteAll(holds.findByLoanId(loanId));
            journal.audit("archive.loan.return", "archiveLoan", loanId, "status=" + before,
                    "status=RETURNED, condition=" + condition + (note == null ? "" : ", note=" + note));
        });
    }

    /**
     * The reminder job (ARC-7, cluster-safe, no user): reminds borrowers {@code remindDaysBefore} days before the due
     * date ({@link LoanDueSoon}), escalates physical loans not returned by the due date ({@link LoanOverdue}) and ends
     * electronic loans past it. Each loan is reminded and escalated once. Returns how many loans it acted on.
     */
    public int processDue(int remindDaysBefore) {
        var now = clock.instant();
        var today = LocalDate.ofInstant(now, ClockConfiguration.ZONE);
        int acted = 0;
        var page = org.springframework.data.domain.PageRequest.of(0, 200);
        List<Loan> batch;
        do {
            batch = tx.execute(s -> {
                var due = loans.dueForReminder(today.plusDays(Math.max(0, remindDaysBefore)), page);
                for (var l : due) {
                    l.remind(now);
                    journal.publish(new LoanDueSoon(l.getId(), l.getArchiveId(), l.getBorrowerStaffId(), l.getDueOn(), now));
                    journal.audit("archive.loan.remind", "archiveLoan", l.getId(), null, "due=" + l.getDueOn());
                }
                return due;
            });
            acted += batch.size();
        } while (batch.size() == page.getPageSize());
        do {
            batch = tx.execute(s -> {
                var overdue = loans.overdue(today, page);
                for (var l : overdue) {
                    l.escalate(now);
                    if (l.getMode() == LoanMode.ELECTRONIC) {
                        l.expire(now);
                        journal.audit("archive.loan.expire", "archiveLoan", l.getId(), "status=APPROVED", "status=RETURNED");
                    } else {
                        journal.publish(new LoanOverdue(l.getId(), l.getArchiveId(), l.getBorrowerStaffId(), l.getDueOn(), now));
                        journal.audit("archive.loan.overdue", "archiveLoan", l.getId(), null, "due=" + l.getDueOn());
                    }
                }
                return overdue;
            });
            acted += batch.size();
        } while (batch.size() == page.getPageSize());
        return acted;
    }

    /** The lending register, newest first: by status, and by archive number, customer or borrower name. */
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_MANAGE + "')")
    public Page<LoanRow> register(String q, LoanStatus status, Pageable pageable) {
        return tx.execute(s -> rows(loans.findAll(matching(q, status, null), newestFirst(pageable))));
    }

    /** The signed-in person's own loans. */
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_VIEW + "')")
    public Page<LoanRow> mine(Pageable pageable) {
        var reader = access.reader(Permissions.ARCHIVE_VIEW);
        return tx.execute(s -> rows(loans.findAll(matching(null, null, reader.staffId()), newestFirst(pageable))));
    }

    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_VIEW + "')")
    public LoanRow get(long loanId) {
        var reader = access.reader(Permissions.ARCHIVE_VIEW);
        boolean manages = org.springframework.security.core.context.SecurityContextHolder
                .getContext().getAuthentication().getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals(Permissions.ARCHIVE_MANAGE));
        return tx.execute(s -> {
            var loan = loans.findById(loanId).filter(l -> manages || l.getBorrowerStaffId() == reader.staffId())
                    .orElseThrow(() -> new NotFoundException("archiveLoan", loanId));
            return rows(new org.springframework.data.domain.PageImpl<>(List.of(loan))).getContent().get(0);
        });
    }

    private static Pageable newestFirst(Pageable pageable) {
        return org.springframework.data.domain.PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                org.springframework.data.domain.Sort.by(org.springframework.data.domain.Sort.Direction.DESC, "id"));
    }

    private Specification<Loan> matching(String q, LoanStatus status, Long borrower) {
        return (root, query, cb) -> {
            var all = new ArrayList<Predicate>();
            if (status != null) {
                all.add(cb.equal(root.get("status"), status));
            }
            if (borrower != null) {
                all.add(cb.equal(root.get("borrowerStaffId"), borrower));
            }
            if (q != null && !q.isBlank()) {
                var like = "%" + q.strip().toLowerCase(java.util.Locale.ROOT).replace("%", "") + "%";
                var a = query.subquery(Long.class);
                var ar = a.from(Archive.class);
                a.select(ar.get("id")).where(cb.or(cb.like(cb.lower(ar.get("archiveNo")), like),
                        cb.like(cb.lower(ar.get("customerName")), like)));
                var byUsername = directory.staffIdByUsername(q.strip());
                var any = new ArrayList<Predicate>();
                any.add(root.get("archiveId").in(a));
                byUsername.ifPresent(id -> any.add(cb.equal(root.get("borrowerStaffId"), id)));
                all.add(cb.or(any.toArray(Predicate[]::new)));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }

    private Page<LoanRow> rows(Page<Loan> page) {
        var ids = page.getContent().stream().map(Loan::getId).toList();
        var itemsOf = ids.isEmpty() ? Map.<Long, List<LoanItem>>of()
                : items.findByLoanIdIn(ids).stream().collect(Collectors.groupingBy(LoanItem::getLoanId));
        var docIds = itemsOf.values().stream().flatMap(List::stream).map(LoanItem::getDocumentId).distinct().toList();
        var titles = documents.findAllById(docIds).stream().collect(Collectors.toMap(ArchiveDocument::getId,
                Function.identity()));
        var archiveById = archives.findAllById(page.getContent().stream().map(Loan::getArchiveId).distinct().toList())
                .stream().collect(Collectors.toMap(Archive::getId, Function.identity()));
        return page.map(l -> {
            var a = archiveById.get(l.getArchiveId());
            var docs = itemsOf.getOrDefault(l.getId(), List.of()).stream().map(i -> titles.get(i.getDocumentId()))
                    .map(d -> d.getItemNo() + " " + d.getTitle()).toList();
            return new LoanRow(l.getId(), l.getArchiveId(), a.getArchiveNo(), a.getCustomerName(), l.getBorrowerStaffId(),
                    directory.staff(l.getBorrowerStaffId()).map(StaffSummary::fullName).orElse("#" + l.getBorrowerStaffId()),
                    l.getPurpose(), l.getMode(), l.getCopying(), l.getLevel(), l.getStatus(), l.getApprovalId(),
                    l.getRequestedAt(), l.getDecidedAt(), l.getDueOn(), l.getLentAt(), l.getSignedName(), l.getReturnedAt(),
                    l.getReturnCondition(), l.getReturnNote(), docs);
        });
    }
}
