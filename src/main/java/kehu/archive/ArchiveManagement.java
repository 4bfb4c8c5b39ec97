package kehu.archive;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.criteria.Predicate;

import kehu.archive.internal.Archive;
import kehu.archive.internal.ArchiveAccess;
import kehu.archive.internal.ArchiveDocument;
import kehu.archive.internal.ArchiveDocuments;
import kehu.archive.internal.ArchiveJournal;
import kehu.archive.internal.Archives;
import kehu.archive.internal.BusinessEvent;
import kehu.archive.internal.BusinessEvents;
import kehu.archive.internal.Categories;
import kehu.archive.internal.Category;
import kehu.archive.internal.ContentStore;
import kehu.archive.internal.DocumentVersion;
import kehu.archive.internal.DocumentVersions;
import kehu.archive.internal.FileNames;
import kehu.archive.internal.Fixity;
import kehu.archive.internal.Grant;
import kehu.archive.internal.Grants;
import kehu.archive.internal.IntakeCheck;
import kehu.archive.internal.IntegrityProblems;
import kehu.archive.internal.MissingItems;
import kehu.archive.internal.ScopeItem;
import kehu.archive.internal.ScopeItems;
import kehu.archive.internal.StoredFile;
import kehu.archive.internal.Volume;
import kehu.archive.internal.Volumes;
import kehu.organization.OrganizationDirectory;
import kehu.organization.Permissions;
import kehu.organization.StaffSummary;
import kehu.shared.DomainException;
import kehu.shared.FieldViolation;
import kehu.shared.NotFoundException;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Customer archives (ARC-1 … ARC-3, ARC-6): list and read archives, file documents and correct them,
 * record business events, read files (verified against their SHA-256 every time), tables of contents,
 * confidentiality and hidden archives.
 *
 * <p>Every read checks the reader's data scope, clearance and the hidden mark ({@link ArchiveAccess});
 * an archive the reader may not see is not found. Filing checks the form first, then reads the upload into
 * the content store's staging area (refusing it as soon as it is too large or not an allowed format), and
 * only then, in one transaction, numbers the document in its volume, moves the file under its key, runs the
 * intake integrity check and audits it. An upload that fails half-way records nothing.
 */
@Service
public class ArchiveManagement {

    private final Archives archives;
    private final Volumes volumes;
    private final BusinessEvents events;
    private final ArchiveDocuments documents;
    private final DocumentVersions versions;
    private final Categories categories;
    private final ScopeItems scopeItems;
    private final Grants grants;
    private final IntegrityProblems problems;
    private final kehu.archive.internal.Loans loans;
    private final kehu.archive.internal.Watermarks watermarks;
    private final ArchiveAccess access;
    private final IntakeCheck intake;
    private final MissingItems missing;
    private final ContentStore store;
    private final Fixity fixity;
    private final ArchiveIntegrity integrity;
    private final ArchiveJournal journal;
    private final OrganizationDirectory directory;
    private final ArchiveSettings settings;
    private final TransactionTemplate tx;
    private final TransactionTemplate readTx;
    private final kehu.archive.internal.Locations locations;
    private final kehu.archive.internal.HandoverDeadlines deadlines;
    private final kehu.platform.WorkingCalendar calendar;
    private final Clock clock;

    ArchiveManagement(Archives archives, Volumes volumes, BusinessEvents events, ArchiveDocuments documents,
                      DocumentVersions versions, Categories categories, ScopeItems scopeItems, Grants grants,
                      IntegrityProblems problems, kehu.archive.internal.Loans loans,
                      kehu.archive.internal.Watermarks watermarks, ArchiveAccess access, IntakeCheck intake, MissingItems missing,
                      ContentStore store, Fixity fixity, ArchiveIntegrity integrity, ArchiveJournal journal,
                      OrganizationDirectory directory, ArchiveSettings settings, kehu.archive.internal.Locations locations,
                      kehu.archive.internal.HandoverDeadlines deadlines, kehu.platform.WorkingCalendar calendar,
                      PlatformTransactionManager transactions, Clock clock) {
        this.locations = locations;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.archives = archives;
        this.volumes = volumes;
        this.events = events;
        this.documents = documents;
        this.versions = versions;
        this.categories = categories;
        this.scopeItems = scopeItems;
        this.grants = grants;
        this.problems = problems;
        this.loans = loans;
        this.watermarks = watermarks;
        this.access = access;
        this.intake = intake;
        this.missing = missing;
        this.store = store;
        this.fixity = fixity;
        this.integrity = integrity;
        this.journal = journal;
        this.directory = directory;
        this.settings = settings;
        this.tx = new TransactionTemplate(transactions);
        this.readTx = new TransactionTemplate(transactions);
        this.readTx.setReadOnly(true);
        this.clock = clock;
    }

    // --- reading ---------------------------------------------------------------------------------

    /** The archives the signed-in person may see, filtered, one page. */
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_VIEW + "')")
    public Page<ArchiveRow> list(ArchiveFilter filter, Pageable pageable) {
        var reader = access.reader(Permissions.ARCHIVE_VIEW);
        var locale = LocaleContextHolder.getLocale();
        return readTx.execute(s -> {
            var names = categoryNames(locale);
            return archives.findAll(access.visible(reader).and(matching(filter)), pageable)
                    .map(a -> row(a, names));
        });
    }

    /** The id of the customer's archive, if the signed-in person may see it. */
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_VIEW + "')")
    public java.util.Optional<Long> archiveOf(long customerId) {
        var reader = access.reader(Permissions.ARCHIVE_VIEW);
        return readTx.execute(s -> archives.findByCustomerId(customerId).filter(a -> access.reaches(a, reader))
                .map(Archive::getId));
    }

    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_VIEW + "')")
    public ArchiveDetails get(long id) {
        var reader = access.reader(Permissions.ARCHIVE_VIEW);
        var locale = LocaleContextHolder.getLocale();
        return readTx.execute(s -> details(access.readable(id, reader), reader, locale));
    }

    /** What the archive's filing scopes still require (ARC-2). */
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_VIEW + "')")
    public List<MissingItem> missing(long id) {
        var reader = access.reader(Permissions.ARCHIVE_VIEW);
        var locale = LocaleContextHolder.getLocale();
        return readTx.execute(s -> missing.of(access.readable(id, reader), locale));
    }

    /** The table of contents of a volume (卷内目录). */
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_VIEW + "')")
    public TableOfContents tableOfContents(long archiveId, long volumeId) {
        var reader = access.reader(Permissions.ARCHIVE_VIEW);
        return readTx.execute(s -> {
            var archive = access.readable(archiveId, reader);
            var volume = volumes.findById(volumeId).filter(v -> v.getArchiveId() == archiveId)
                    .orElseThrow(() -> new NotFoundException("volume", volumeId));
            var lines = new ArrayList<TableOfContents.Line>();
            int page = 0;
            for (var d : documents.findByVolumeIdOrderByItemNo(volumeId)) {
                int first = page + 1;
                page += d.getPages();
                var remark = (d.isOriginal() ? "" : "copy") + (d.getCurrentVersion() > 1 ? " v" + d.getCurrentVersion() : "");
                lines.add(new TableOfContents.Line(d.getItemNo(), d.getResponsible(), d.getTitle(), d.getDocumentDate(),
                        d.getPages(), first, page, remark.strip()));
            }
            return new TableOfContents(archive.getArchiveNo(), archive.getCustomerName(), volume.getVolumeNo(),
                    volume.getTitle(), volume.getSubject(), lines, page);
        });
    }

    /**
     * A document's file (the current version, or the given one), verified: its bytes are hashed while they
     * are copied to a private snapshot and handed out only when the hash and size match intake. A changed,
     * missing or unreadable file is recorded as an integrity problem at once and refused.
     */
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_VIEW + "')")
    public FileContent content(long documentId, Integer versionNo) {
        var reader = access.reader(Permissions.ARCHIVE_VIEW);
        record Target(Archive archive, DocumentVersion version, boolean viaLoan) {
        }
        var target = readTx.execute(s -> {
            var d = documents.findById(documentId).orElseThrow(() -> new NotFoundException("document", documentId));
            var archive = access.readable(d.getArchiveId(), reader);
            boolean viaLoan = !d.getConfidentiality().atMost(reader.clearance());
            if (viaLoan && !lent(reader.staffId(), d.getId())) {
                throw new AccessDeniedException("document above the reader's clearance and not lent to them");
            }
            int no = versionNo == null ? d.getCurrentVersion() : versionNo;
            var v = versions.findByDocumentIdAndVersionNo(documentId, no)
                    .filter(DocumentVersion::hasFile).orElseThrow(() -> new NotFoundException("file", documentId + "/" + no));
            return new Target(archive, v, viaLoan);
        });
        Fixity.Snapshot snapshot;
        try {
            snapshot = fixity.snapshot(target.version());
        } catch (IOException e) {
            throw new DomainException("archive.file.unreadable", target.version().getFileName());
        }
        var v = target.version();
        switch (snapshot.check().state()) {
            case OK -> {
                var served = snapshot.file();
                long size = snapshot.check().bytes();
                if (target.viaLoan()) {
                    served = watermarked(snapshot.file(), v);
                    size = fileSize(served);
                }
                boolean marked = served != snapshot.file();
                tx.executeWithoutResult(s -> journal.audit("archive.document.read", "archiveDocument", documentId, null,
                        "version=" + v.getVersionNo() + ", sha256=" + v.getSha256() + (target.viaLoan() ? ", loan=true" : "")
                                + (marked ? ", watermark=true" : "")));
                return new FileContent(v.getFileName(), v.getMediaType(), size, v.getSha256(), served);
            }
            case MISSING -> {
                integrity.readFailed(target.archive().getId(), documentId, v.getId(), IntegrityAspect.COMPLETENESS,
                        "fileMissing", v.getFileName());
                throw new DomainException("archive.file.missing", v.getFileName());
            }
            case UNREADABLE -> {
                integrity.readFailed(target.archive().getId(), documentId, v.getId(), IntegrityAspect.USABILITY,
                        "fileUnreadable", v.getFileName());
                throw new DomainException("archive.file.unreadable", v.getFileName());
            }
            default -> {
                integrity.readFailed(target.archive().getId(), documentId, v.getId(), IntegrityAspect.AUTHENTICITY,
                        "hashMismatch", v.getFileName() + ": " + v.getSha256() + " ≠ " + snapshot.check().sha256());
                throw new DomainException("archive.file.tampered", v.getFileName());
            }
        }
    }

    /**
     * An image read under a loan carries the viewer and the time (ARC-7); the verified snapshot is replaced by the
     * marked copy. Other formats are served as verified.
     */
    private java.nio.file.Path watermarked(java.nio.file.Path snapshot, DocumentVersion v) {
        var text = kehu.shared.PersistenceConfiguration.currentActor() + " "
                + java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(kehu.shared.ClockConfiguration.ZONE)
                        .format(clock.instant());
        try {
            var marked = watermarks.mark(snapshot, v.getMediaType(), text);
            if (marked.isPresent()) {
                java.nio.file.Files.deleteIfExists(snapshot);
                return marked.get();
            }
            return snapshot;
        } catch (IOException | RuntimeException | Error e) {
            try {
                java.nio.file.Files.deleteIfExists(snapshot);
            } catch (IOException ignored) {
                // a temporary file; the operating system cleans up
            }
            throw new DomainException("archive.file.watermarkFailed", v.getFileName());
        }
    }

    private static long fileSize(java.nio.file.Path file) {
        try {
            return java.nio.file.Files.size(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    // --- filing ----------------------------------------------------------------------------------

    /** Files a document (ARC-3) with an optional file; returns its id. */
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_MANAGE + "')")
    public long file(long archiveId, DocumentForm form, Upload upload) {
        var reader = access.reader(Permissions.ARCHIVE_MANAGE);
        // the form first: a wrong form is refused before a byte of the upload is read
        readTx.executeWithoutResult(s -> {
            var archive = access.readable(archiveId, reader);
            archive.requireOpen();
            var problems = new ArrayList<FieldViolation>();
            intake.check(archive, form, upload != null, problems);
            if (!problems.isEmpty()) {
                throw DomainException.invalid(problems);
            }
        });
        var staged = stage(upload, form.carrier());
        try {
            return tx.execute(s -> {
                var archive = access.writable(archiveId, reader);
                archive.requireOpen();
                var problems = new ArrayList<FieldViolation>();
                var checked = intake.check(archive, form, staged != null, problems);
                if (!problems.isEmpty()) {
                    throw DomainException.invalid(problems);
                }
                var volume = volumes.lockById(checked.volumeId()).orElseThrow();
                var doc = documents.save(new ArchiveDocument(archiveId, volume.getId(), volume.nextItemNo(), checked));
                var file = staged == null ? null : commit(staged, upload.originalName());
                versions.save(new DocumentVersion(doc.getId(), 1, doc.getTitle(), doc.getPages(), null, file));
                documents.flush();
                afterIntake(archive, doc);
                var now = clock.instant();
                journal.audit("archive.document.file", "archiveDocument", doc.getId(), null, describe(archive, volume, doc, file));
                journal.timeline(archive.getCustomerId(), now, "archive-document", doc.getTitle(),
                        archive.getArchiveNo() + " · " + volume.getTitle() + " · " + doc.getItemNo(), "document:" + doc.getId());
                journal.publish(new DocumentFiled(archiveId, archive.getCustomerId(), doc.getId(), 1, now));
                return doc.getId();
            });
        } finally {
            if (staged != null) {
                store.discard(staged);
            }
        }
    }

    /**
     * Corrects a document (ARC-3): appends a version with the new title, pages, a note and (usually) a new
     * file; earlier versions stay readable. Returns the new version number.
     */
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_MANAGE + "')")
    public int correct(long documentId, CorrectionForm form, Upload upload) {
        var reader = access.reader(Permissions.ARCHIVE_MANAGE);
        var carrier = readTx.execute(s -> {
            var d = documents.findById(documentId).orElseThrow(() -> new NotFoundException("document", documentId));
            access.readable(d.getArchiveId(), reader).requireOpen();
            correction(form, d);
            return d.getCarrier();
        });
        var staged = stage(upload, carrier);
        try {
            return tx.execute(s -> {
                // the archive locked first, then the document read: corrections of one archive one at a time
                var archive = access.writable(documents.archiveIdOf(documentId)
                        .orElseThrow(() -> new NotFoundException("document", documentId)), reader);
                var d = documents.findById(documentId).orElseThrow(() -> new NotFoundException("document", documentId));
                archive.requireOpen();
                var c = correction(form, d);
                var previous = versions.findByDocumentIdAndVersionNo(documentId, d.getCurrentVersion()).orElseThrow();
                var file = staged == null ? null : commit(staged, upload.originalName());
                if (file == null && previous.hasFile()) {
                    file = previous.storedFile(); // a correction of the description only: the same content
                }
                int no = d.correct(c.title(), c.pages());
                versions.save(new DocumentVersion(documentId, no, c.title(), c.pages(), c.note(), file));
                documents.saveAndFlush(d);
                afterIntake(archive, d);
                var now = clock.instant();
                journal.audit("archive.document.correct", "archiveDocument", documentId,
                        "version=" + previous.getVersionNo() + ", title=" + previous.getTitle() + ", pages=" + previous.getPages(),
                        "version=" + no + ", title=" + c.title() + ", pages=" + c.pages() + ", note=" + c.note());
                journal.timeline(archive.getCustomerId(), now, "archive-document-corrected", d.getTitle(), c.note(),
                        "document:" + documentId + ":v" + no);
                journal.publish(new DocumentFiled(archive.getId(), archive.getCustomerId(), documentId, no, now));
                return no;
            });
        } finally {
            if (staged != null) {
                store.discard(staged);
            }
        }
    }

    /** Records a business event on a volume (ARC-2): its filing scope applies from now on. */
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_MANAGE + "')")
    public long recordEvent(long archiveId, BusinessEventForm form) {
        var reader = access.reader(Permissions.ARCHIVE_MANAGE);
        return tx.execute(s -> {
            var archive = access.writable(archiveId, reader);
            archive.requireOpen();
            var problems = new ArrayList<FieldViolation>();
            var volume = form.volumeId() == null ? null
                    : volumes.findById(form.volumeId()).filter(v -> v.getArchiveId() == archiveId).orElse(null);
            if (volume == null) {
                problems.add(new FieldViolation("volumeId", form.volumeId() == null ? "validation.required" : "archive.intake.volumeUnknown"));
            }
            var items = form.eventCode() == null ? List.<ScopeItem>of() : scopeItems.findByEventCodeOrderBySortOrder(form.eventCode());
            if (form.eventCode() == null || form.eventCode().isBlank()) {
                problems.add(new FieldViolation("eventCode", "validation.required"));
            } else if (items.isEmpty() || (volume != null && !items.get(0).getBusinessLine().equals(volume.getBusinessLine()))) {
                problems.add(new FieldViolation("eventCode", "archive.event.unknown", form.eventCode()));
            }
            var today = java.time.LocalDate.now(clock.withZone(kehu.shared.ClockConfiguration.ZONE));
            var on = form.occurredOn() == null ? today : form.occurredOn();
            if (on.isAfter(today)) {
                problems.add(new FieldViolation("occurredOn", "archive.intake.dateInFuture"));
            }
            if (form.note() != null && form.note().length() > 200) {
                problems.add(new FieldViolation("note", "archive.intake.tooLong", 200));
            }
            if (!problems.isEmpty()) {
                throw DomainException.invalid(problems);
            }
            var event = new BusinessEvent(volume.getId(), form.eventCode(), on, form.note());
            // its documents are due in the archive room by then (ARC-4): filed directly or on a transmittal form
            event.due(deadlines.dueOn(form.eventCode(), on, calendar));
            events.save(event);
            missing.refresh(archive);
            journal.audit("archive.event.record", "archive", archiveId, null,
                    "volume=" + volume.getVolumeNo() + ", event=" + form.eventCode() + ", on=" + on);
            return event.getId();
        });
    }

    // --- confidentiality and hidden archives (ARC-6) ---------------------------------------------

    /** Sets the archive's confidentiality level (archivists; not above their own clearance). */
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_MANAGE + "')")
    public void classify(long archiveId, Confidentiality level) {
        var reader = access.reader(Permissions.ARCHIVE_MANAGE);
        if (level == null) {
            throw DomainException.invalid("confidentiality", "validation.required");
        }
        if (!level.atMost(reader.clearance())) {
            throw DomainException.invalid("confidentiality", "archive.confidentiality.aboveClearance");
        }
        tx.executeWithoutResult(s -> {
            var archive = access.readable(archiveId, reader);
            var before = archive.getConfidentiality();
            archive.classify(level);
            journal.audit("archive.classify", "archive", archiveId, "confidentiality=" + before, "confidentiality=" + level);
        });
    }

    /** Hides the archive (or shows it again); only the customer's owner manager may. */
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_VIEW + "')")
    public void hide(long archiveId, boolean hidden) {
        var reader = access.reader(Permissions.ARCHIVE_VIEW);
        tx.executeWithoutResult(s -> {
            var archive = ownedBy(archiveId, reader);
            if (archive.isHidden() != hidden) {
                archive.hide(hidden);
                journal.audit(hidden ? "archive.hide" : "archive.unhide", "archive", archiveId,
                        "hidden=" + !hidden, "hidden=" + hidden);
            }
        });
    }

    /** Lets a person into the hidden archive; only the owner manager may. */
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_VIEW + "')")
    public void grant(long archiveId, String username) {
        var reader = access.reader(Permissions.ARCHIVE_VIEW);
        tx.executeWithoutResult(s -> {
            var archive = ownedBy(archiveId, reader);
            var staff = directory.staffByUsername(username == null ? "" : username.trim()).filter(StaffSummary::enabled)
                    .orElseThrow(() -> DomainException.invalid("username", "archive.grant.unknownStaff", username));
            if (!grants.existsByArchiveIdAndStaffId(archiveId, staff.id())) {
                grants.save(new Grant(archiveId, staff.id()));
                journal.audit("archive.grant", "archive", archiveId, null, "staff=" + staff.username());
            }
        });
    }

    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_VIEW + "')")
    public void revoke(long archiveId, long staffId) {
        var reader = access.reader(Permissions.ARCHIVE_VIEW);
        tx.executeWithoutResult(s -> {
            ownedBy(archiveId, reader);
            grants.findByArchiveIdAndStaffId(archiveId, staffId).ifPresent(g -> {
                grants.delete(g);
                journal.audit("archive.revoke", "archive", archiveId, "staff=" + staffId, null);
            });
        });
    }

    private Archive ownedBy(long archiveId, ArchiveAccess.Reader reader) {
        var archive = access.readable(archiveId, reader);
        if (!access.isOwner(archive, reader.staffId())) {
            throw new DomainException("archive.hidden.ownerOnly");
        }
        return archive;
    }

    // --- configuration ---------------------------------------------------------------------------

    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_VIEW + "')")
    public List<CategoryView> categories() {
        var locale = LocaleContextHolder.getLocale();
        return readTx.execute(s -> categories.findAllByOrderBySortOrder().stream().map(c -> new CategoryView(c.getCode(),
                c.getParentCode(), c.name(locale), c.getIndustryCode(), c.getRetention(), c.getRetentionMark())).toList());
    }

    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_VIEW + "')")
    public List<ScopeItemView> filingScopes() {
        var locale = LocaleContextHolder.getLocale();
        return readTx.execute(s -> scopeItems.findAllByOrderByEventCodeAscSortOrderAsc().stream().map(i -> new ScopeItemView(
                i.getId(), i.getEventCode(), i.eventName(locale), i.getBusinessLine(), i.getItemCode(), i.title(locale),
                i.getCategoryCode(), i.isRequired(), i.isOriginalRequired(), i.isSignedRequired())).toList());
    }

    /** The largest file accepted, in bytes. */
    public long maxFileSize() {
        return settings.maxFileSize().toBytes();
    }

    // --- helpers ---------------------------------------------------------------------------------

    private ContentStore.Staged stage(Upload upload, Carrier carrier) {
        if (upload == null) {
            return null;
        }
        long max = maxFileSize();
        if (upload.declaredSize() > max) {
            throw tooLarge(max);
        }
        ContentStore.Staged staged;
        try (var in = upload.source().open()) {
            staged = store.stage(in, max);
        } catch (ContentStore.TooLarge e) {
            throw tooLarge(max);
        } catch (IOException e) {
            throw DomainException.invalid("file", "archive.file.uploadFailed");
        }
        if (staged.size() == 0) {
            store.discard(staged);
            throw DomainException.invalid("file", "archive.file.empty");
        }
        var problems = new ArrayList<FieldViolation>();
        if (intake.format(carrier, staged.head(), problems).isEmpty()) {
            store.discard(staged);
            throw DomainException.invalid(problems);
        }
        return staged;
    }

    private DomainException tooLarge(long max) {
        return DomainException.invalid("file", "archive.file.tooLarge", max / (1024 * 1024));
    }

    /** Moves the staged file under a new key; if the transaction rolls back, the file goes again. */
    private StoredFile commit(ContentStore.Staged staged, String originalName) {
        var key = store.newKey();
        try {
            store.commit(staged, key);
        } catch (IOException e) {
            throw new DomainException("archive.file.storeFailed");
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    store.remove(key);
                }
            }
        });
        var type = kehu.archive.internal.ContentTypes.detect(staged.head()).orElseThrow();
        return new StoredFile(key, FileNames.sanitise(originalName), type, staged.size(), staged.sha256());
    }

    /** Intake integrity check of the filed document and the archive's missing items; a finding refuses the filing. */
    private void afterIntake(Archive archive, ArchiveDocument doc) {
        var findings = integrity.atIntake(archive, List.of(doc));
        if (!findings.isEmpty()) {
            throw new DomainException("archive.intake.integrityFailed", findings.get(0).code());
        }
        missing.refresh(archive);
    }

    private record Correction(String title, int pages, String note) {
    }

    private Correction correction(CorrectionForm form, ArchiveDocument d) {
        var problems = new ArrayList<FieldViolation>();
        var title = form.title() == null || form.title().isBlank() ? d.getTitle() : form.title().strip();
        if (title.length() > 200) {
            problems.add(new FieldViolation("title", "archive.intake.tooLong", 200));
        }
        int pages = form.pages() == null ? d.getPages() : form.pages();
        if (pages < 1 || pages > 100_000) {
            problems.add(new FieldViolation("pages", "archive.intake.pagesRange"));
        }
        var note = form.note() == null ? "" : form.note().strip();
        if (note.isEmpty()) {
            problems.add(new FieldViolation("note", "validation.required"));
        } else if (note.length() > 500) {
            problems.add(new FieldViolation("note", "archive.intake.tooLong", 500));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        return new Correction(title, pages, note);
    }

    private static String describe(Archive a, Volume v, ArchiveDocument d, StoredFile f) {
        return "archive=" + a.getArchiveNo() + ", volume=" + v.getVolumeNo() + ", item=" + d.getItemNo() + ", title="
                + d.getTitle() + ", carrier=" + d.getCarrier() + ", pages=" + d.getPages() + ", confidentiality="
                + d.getConfidentiality() + (f == null ? "" : ", file=" + f.fileName() + ", sha256=" + f.sha256());
    }

    private Specification<Archive> matching(ArchiveFilter f) {
        return (root, query, cb) -> {
            var all = new ArrayList<Predicate>();
            if (f.q() != null && !f.q().isBlank()) {
                var q = f.q().strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
                all.add(cb.or(cb.like(cb.lower(root.get("archiveNo")), q + "%", '\\'),
                        cb.like(cb.lower(root.get("customerName")), "%" + q + "%", '\\')));
            }
            if (f.categoryCode() != null && !f.categoryCode().isBlank()) {
                all.add(cb.equal(root.get("categoryCode"), f.categoryCode()));
            }
            if (f.status() != null) {
                all.add(cb.equal(root.get("status"), f.status()));
            }
            if (Boolean.TRUE.equals(f.incomplete())) {
                all.add(cb.greaterThan(root.get("missingItems"), 0));
            } else if (Boolean.FALSE.equals(f.incomplete())) {
                all.add(cb.equal(root.get("missingItems"), 0));
            }
            if (f.destroyBy() != null) {
                // a destroyed archive keeps its date in the catalogue; the disposition list is what still waits
                all.add(cb.equal(root.get("status"), ArchiveStatus.CLOSED));
                all.add(cb.lessThanOrEqualTo(root.get("destroyOn"), f.destroyBy()));
            }
            if (f.integrity() != null && !f.integrity().isBlank()) {
                try {
                    all.add(cb.equal(root.get("integrityStatus"), Archive.Integrity.valueOf(f.integrity())));
                } catch (IllegalArgumentException e) {
                    throw DomainException.invalid("integrity", "error.field.format");
                }
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }

    private Map<String, String> categoryNames(Locale locale) {
        return categories.findAll().stream().collect(Collectors.toMap(Category::getCode, c -> c.name(locale)));
    }

    private static ArchiveRow row(Archive a, Map<String, String> names) {
        return new ArchiveRow(a.getId(), a.getArchiveNo(), a.getCustomerId(), a.getCustomerName(),
                names.getOrDefault(a.getCategoryCode(), a.getCategoryCode()), a.getStatus(), a.getConfidentiality(),
                a.isHidden(), a.getMissingItems(), a.getIntegrityStatus().name(), a.getOpenedAt(), a.getDestroyOn());
    }

    private ArchiveDetails details(Archive a, ArchiveAccess.Reader reader, Locale locale) {
        var names = categoryNames(locale);
        var vols = volumes.findByArchiveIdOrderByVolumeNo(a.getId());
        var evs = vols.isEmpty() ? List.<BusinessEvent>of()
                : events.findByVolumeIdInOrderByOccurredOnAscIdAsc(vols.stream().map(Volume::getId).toList());
        var docs = documents.findByArchiveIdOrderByVolumeIdAscItemNoAsc(a.getId());
        var vers = docs.isEmpty() ? List.<DocumentVersion>of()
                : versions.findByDocumentIdInOrderByDocumentIdAscVersionNoAsc(docs.stream().map(ArchiveDocument::getId).toList());
        var versionsOf = vers.stream().collect(Collectors.groupingBy(DocumentVersion::getDocumentId));
        var items = scopeItems.findAll().stream().collect(Collectors.toMap(ScopeItem::getId, Function.identity()));
        var eventNames = new java.util.HashMap<String, String>();
        items.values().forEach(i -> eventNames.putIfAbsent(i.getEventCode(), i.eventName(locale)));
        var volumeViews = new ArrayList<ArchiveDetails.VolumeView>();
        var boxIds = vols.stream().map(Volume::getBoxId).filter(java.util.Objects::nonNull).distinct().toList();
        var boxLabels = boxIds.isEmpty() ? Map.<Long, String>of() : locations.findAllById(boxIds).stream()
                .collect(Collectors.toMap(kehu.archive.internal.Location::getId, kehu.archive.internal.Location::getLabel));
        for (var v : vols) {
            var ev = evs.stream().filter(e -> e.getVolumeId() == v.getId()).map(e -> new ArchiveDetails.EventView(e.getId(),
                    e.getEventCode(), eventNames.getOrDefault(e.getEventCode(), e.getEventCode()), e.getOccurredOn(), e.getNote())).toList();
            var dv = docs.stream().filter(d -> d.getVolumeId() == v.getId()).map(d -> document(d,
                    versionsOf.getOrDefault(d.getId(), List.of()), names, items,
                    d.getConfidentiality().atMost(reader.clearance()) || lent(reader.staffId(), d.getId()), locale)).toList();
            volumeViews.add(new ArchiveDetails.VolumeView(v.getId(), v.getVolumeNo(), v.getBusinessLine(), v.getTitle(),
                    v.getSubject(), v.getBoxId(), v.getBoxId() == null ? null : boxLabels.get(v.getBoxId()), ev, dv));
        }
        var problemViews = a.getIntegrityRunId() == null ? List.<ProblemView>of()
                : problems.ofArchiveInRun(a.getId(), a.getIntegrityRunId()).stream().map(p -> new ProblemView(a.getId(),
                        a.getArchiveNo(), p.getDocumentId(), p.getVersionId(), p.getAspect(), p.getCode(), p.getDetail())).toList();
        boolean owner = access.isOwner(a, reader.staffId());
        var grantees = owner ? grants.findByArchiveId(a.getId()).stream().map(g -> new ArchiveDetails.GranteeView(g.getStaffId(),
                directory.staff(g.getStaffId()).map(StaffSummary::fullName).orElse("#" + g.getStaffId()))).toList()
                : List.<ArchiveDetails.GranteeView>of();
        boolean mayFile = a.getStatus() == ArchiveStatus.OPEN && hasAuthority(Permissions.ARCHIVE_MANAGE);
        return new ArchiveDetails(a.getId(), a.getArchiveNo(), a.getCustomerId(), a.getCustomerName(), a.getCategoryCode(),
                names.getOrDefault(a.getCategoryCode(), a.getCategoryCode()), a.getStatus(), a.getConfidentiality(),
                a.isHidden(), a.getOpenedAt(), a.getClosedAt(), a.getRetentionYears(), a.getDestroyOn(), a.isLegalHold(),
                a.getLegalHoldReason(), a.getMissingItems(),
                a.getIntegrityStatus().name(),
                a.getIntegrityCheckedAt(), volumeViews,
                kehu.archive.internal.MissingItems.of(vols, evs, docs, items.values(), locale), problemViews, grantees, mayFile, owner,
                a.getMergedIntoId() == null ? null : archives.findById(a.getMergedIntoId()).map(ArchiveManagement::link).orElse(null),
                a.getMergedAt(), archives.findByMergedIntoIdOrderById(a.getId()).stream().map(ArchiveManagement::link).toList(),
                a.getVersion());
    }

    private static ArchiveDetails.ArchiveLink link(Archive a) {
        return new ArchiveDetails.ArchiveLink(a.getId(), a.getArchiveNo(), a.getCustomerName());
    }

    private static DocumentView document(ArchiveDocument d, List<DocumentVersion> vs, Map<String, String> names,
                                         Map<Long, ScopeItem> items, boolean readable, Locale locale) {
        var item = d.getScopeItemId() == null ? null : items.get(d.getScopeItemId());
        return new DocumentView(d.getId(), d.getVolumeId(), d.getItemNo(), d.getTitle(), d.getCategoryCode(),
                names.getOrDefault(d.getCategoryCode(), d.getCategoryCode()), d.getCarrier(), d.isOriginal(), d.isSigned(),
                d.getPages(), d.getDocumentDate(), d.getResponsible(), d.getConfidentiality(), d.getCurrentVersion(),
                item == null ? null : item.title(locale), readable,
                vs.stream().map(v -> new DocumentView.VersionView(v.getId(), v.getVersionNo(), v.getTitle(), v.getPages(),
                        v.getNote(), v.getFileName(), v.getMediaType(), v.getSizeBytes(), v.getSha256(), v.getCreatedAt(),
                        v.getCreatedBy())).toList());
    }

    /** Whether an approved electronic loan lets the person read the document today (ARC-7). */
    private boolean lent(long staffId, long documentId) {
        var today = java.time.LocalDate.ofInstant(clock.instant(), kehu.shared.ClockConfiguration.ZONE);
        return loans.approvedElectronicFor(staffId, documentId).stream().anyMatch(l -> l.allowsViewing(staffId, today));
    }

    private static boolean hasAuthority(String permission) {
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(permission));
    }
}
