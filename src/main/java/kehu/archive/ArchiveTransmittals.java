package kehu.archive;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import kehu.archive.internal.Archive;
import kehu.archive.internal.ArchiveAccess;
import kehu.archive.internal.ArchiveJournal;
import kehu.archive.internal.Archives;
import kehu.archive.internal.BusinessEvent;
import kehu.archive.internal.BusinessEvents;
import kehu.archive.internal.Categories;
import kehu.archive.internal.Category;
import kehu.archive.internal.HandoverDeadlines;
import kehu.archive.internal.IntakeCheck;
import kehu.archive.internal.MissingItems;
import kehu.archive.internal.ScopeItem;
import kehu.archive.internal.ScopeItems;
import kehu.archive.internal.Transmittal;
import kehu.archive.internal.TransmittalItem;
import kehu.archive.internal.TransmittalItems;
import kehu.archive.internal.Transmittals;
import kehu.archive.internal.Volume;
import kehu.archive.internal.Volumes;
import kehu.organization.KehuUser;
import kehu.organization.OrganizationDirectory;
import kehu.organization.Permissions;
import kehu.organization.UnitSummary;
import kehu.platform.WorkingCalendar;
import kehu.shared.ClockConfiguration;
import kehu.shared.DomainException;
import kehu.shared.FieldViolation;
import kehu.shared.NotFoundException;
import kehu.shared.PersistenceConfiguration;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Handover to the archive room (移交, ARC-4). A business department records that a business event happened (a vehicle
 * sale, a repair, a new connection …) and hands over its documents on a transmittal form; every item passes the intake
 * checks of ARC-2 before the form is accepted. The archivist accepts each item — it is filed as a document of the
 * event — or rejects it with a reason. The documents are due a number of working days after the event (per event
 * type, on the working calendar); a form arriving later, or none by then (found by a daily cluster-safe job), flags
 * the event late once and publishes {@link HandoverLate}.
 */
@Service
public class ArchiveTransmittals {

    public static final String OVERDUE_TASK = "archive.handover-overdue";
    private static final int MAX_ITEMS = 50;
    public static final int MAX_DEADLINE_DAYS = 30;

    private final Transmittals transmittals;
    private final TransmittalItems items;
    private final Archives archives;
    private final Volumes volumes;
    private final BusinessEvents events;
    private final ScopeItems scopeItems;
    private final Categories categories;
    private final IntakeCheck intake;
    private final MissingItems missing;
    private final HandoverDeadlines deadlines;
    private final WorkingCalendar calendar;
    private final ArchiveAccess access;
    private final ArchiveManagement management;
    private final OrganizationDirectory directory;
    private final ArchiveJournal journal;
    private final TransactionTemplate tx;
    private final Clock clock;

    ArchiveTransmittals(Transmittals transmittals, TransmittalItems items, Archives archives, Volumes volumes,
                        BusinessEvents events, ScopeItems scopeItems, Categories categories, IntakeCheck intake,
                        MissingItems missing, HandoverDeadlines deadlines, WorkingCalendar calendar, ArchiveAccess access,
                        ArchiveManagement management, OrganizationDirectory directory, ArchiveJournal journal,
                        PlatformTransactionManager transactions, Clock clock) {
        this.transmittals = transmittals;
        this.items = items;
        this.archives = archives;
        this.volumes = volumes;
        this.events = events;
        this.scopeItems = scopeItems;
        this.categories = categories;
        this.intake = intake;
        this.missing = missing;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.access = access;
        this.management = management;
        this.directory = directory;
        this.journal = journal;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * Records the business event and its transmittal form; refused as a whole, with the field of each problem
     * ({@code items[2].pages} …), when anything is wrong. Anyone who may read the archive hands over.
     */
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_VIEW + "')")
    public TransmittalView submit(long archiveId, TransmittalForm form) {
        var reader = access.reader(Permissions.ARCHIVE_VIEW);
        var user = (KehuUser) SecurityContextHolder.getContext().getAuthentication().getPrincipal();
        var locale = LocaleContextHolder.getLocale();
        return tx.execute(s -> {
            var archive = access.writable(archiveId, reader);
            archive.requireOpen();
            var problems = new ArrayList<FieldViolation>();
            var volume = form.volumeId() == null ? null
                    : volumes.findById(form.volumeId()).filter(v -> v.getArchiveId() == archiveId).orElse(null);
            if (volume == null) {
                problems.add(new FieldViolation("volumeId", form.volumeId() == null ? "validation.required" : "archive.intake.volumeUnknown"));
            }
            var scope = form.eventCode() == null ? List.<ScopeItem>of() : scopeItems.findByEventCodeOrderBySortOrder(form.eventCode());
            if (form.eventCode() == null || form.eventCode().isBlank()) {
                problems.add(new FieldViolation("eventCode", "validation.required"));
            } else if (scope.isEmpty() || (volume != null && !scope.get(0).getBusinessLine().equals(volume.getBusinessLine()))) {
                problems.add(new FieldViolation("eventCode", "archive.event.unknown", form.eventCode()));
            }
            var today = LocalDate.now(clock.withZone(ClockConfiguration.ZONE));
            if (form.occurredOn() == null) {
                problems.add(new FieldViolation("occurredOn", "validation.required"));
            } else if (form.occurredOn().isAfter(today)) {
                problems.add(new FieldViolation("occurredOn", "archive.intake.dateInFuture"));
            }
            if (form.note() != null && form.note().length() > 200) {
                problems.add(new FieldViolation("note", "archive.intake.tooLong", 200));
            }
            // blank rows are skipped; a problem names the row as the form numbered it (items[2].pages)
            var rows = new ArrayList<Integer>();
            var all = form.items() == null ? List.<TransmittalForm.Item>of() : form.items();
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i) != null && !all.get(i).blank()) {
                    rows.add(i);
                }
            }
            var lines = rows.stream().map(all::get).toList();
            if (lines.isEmpty()) {
                problems.add(new FieldViolation("items", "archive.transmittal.noItems"));
            } else if (lines.size() > MAX_ITEMS) {
                problems.add(new FieldViolation("items", "archive.transmittal.tooManyItems", MAX_ITEMS));
            }
            if (!problems.isEmpty()) {
                throw DomainException.invalid(problems);
            }
            var event = new BusinessEvent(volume.getId(), form.eventCode(), form.occurredOn(), form.note());
            event.due(deadlines.dueOn(form.eventCode(), form.occurredOn(), calendar));
            events.saveAndFlush(event);
            // every item as the intake would take it, against the new event's filing scope
            var checked = new ArrayList<IntakeCheck.Checked>();
            for (int i = 0; i < lines.size(); i++) {
                var line = lines.get(i);
                var itemProblems = new ArrayList<FieldViolation>();
                var c = intake.check(archive, new DocumentForm(volume.getId(), event.getId(), line.scopeItemId(), line.title(),
                        line.categoryCode(), line.carrier(), line.original(), line.signed(), line.pages(),
                        line.date() == null ? form.occurredOn() : line.date(), line.responsible(), null), false, itemProblems);
                for (var p : itemProblems) {
                    problems.add(new FieldViolation("items[" + rows.get(i) + "]." + p.field(), p.messageKey(), p.args()));
                }
                checked.add(c);
            }
            if (!problems.isEmpty()) {
                s.setRollbackOnly();
                throw DomainException.invalid(problems);
            }
            var now = clock.instant();
            boolean late = today.isAfter(event.getDueOn());
            var t = transmittals.save(new Transmittal(archiveId, volume.getId(), event.getId(), user.unitId(),
                    PersistenceConfiguration.currentActor(), now, event.getDueOn(), late));
            for (int i = 0; i < checked.size(); i++) {
                items.save(new TransmittalItem(t.getId(), i + 1, checked.get(i)));
            }
            missing.refresh(archive);
            journal.audit("archive.transmittal.submit", "archiveTransmittal", t.getId(), null, "archive=" + archive.getArchiveNo()
                    + ", event=" + form.eventCode() + ", on=" + form.occurredOn() + ", due=" + event.getDueOn()
                    + ", items=" + checked.size() + (late ? ", late" : ""));
            if (late && event.flagLate(now)) {
                journal.publish(new HandoverLate(event.getId(), archiveId, archive.getCustomerId(), event.getEventCode(),
                        event.getOccurredOn(), event.getDueOn(), now, user.unitId(), now));
            }
            return view(t, locale);
        });
    }

    /** Accepts an item: it is filed as a document of the event (intake checks again); completes the form with its last item. */
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_MANAGE + "')")
    public TransmittalView accept(long itemId) {
        var reader = access.reader(Permissions.ARCHIVE_MANAGE);
        var locale = LocaleContextHolder.getLocale();
        return tx.execute(s -> {
            var item = items.lockById(itemId).orElseThrow(() -> new NotFoundException("transmittalItem", itemId));
            var t = transmittals.findById(item.getTransmittalId()).orElseThrow();
            access.readable(t.getArchiveId(), reader);
            if (item.decided()) {
                throw new DomainException("archive.transmittal.decided", item.getTitle());
            }
            long documentId = management.file(t.getArchiveId(), new DocumentForm(t.getVolumeId(), t.getEventId(),
                    item.getScopeItemId(), item.getTitle(), item.getCategoryCode(), item.getCarrier(), item.isOriginal(),
                    item.isSigned(), item.getPages(), item.getDocumentDate(), item.getResponsible(), null), null);
            var now = clock.instant();
            item.accept(documentId, PersistenceConfiguration.currentActor(), now);
            decided(t, item, "accept document=" + documentId);
            return view(t, locale);
        });
    }

    /** Rejects an item with the reason (the department hands over a corrected one on a new form). */
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_MANAGE + "')")
    public TransmittalView reject(long itemId, String reason) {
        var why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw DomainException.invalid("reason", "validation.required");
        }
        if (why.length() > 200) {
            throw DomainException.invalid("reason", "validation.tooLong", 200);
        }
        var reader = access.reader(Permissions.ARCHIVE_MANAGE);
        var locale = LocaleContextHolder.getLocale();
        return tx.execute(s -> {
            var item = items.lockById(itemId).orElseThrow(() -> new NotFoundException("transmittalItem", itemId));
            var t = transmittals.findById(item.getTransmittalId()).orElseThrow();
            access.readable(t.getArchiveId(), reader);
            item.reject(why, PersistenceConfiguration.currentActor(), clock.instant());
            decided(t, item, "reject reason=" + why);
            return view(t, locale);
        });
    }

    private void decided(Transmittal t, TransmittalItem item, String what) {
        items.flush();
        if (items.findByTransmittalIdOrderByLineNo(t.getId()).stream().allMatch(TransmittalItem::decided)) {
            t.complete(clock.instant());
        }
        journal.audit("archive.transmittal.decide", "archiveTransmittal", t.getId(), null,
                "line=" + item.getLineNo() + ", " + what + (t.getCompletedAt() != null ? ", complete" : ""));
    }

    /** Forms with items still waiting for the archivist, oldest first (what the archive room works through). */
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_MANAGE + "')")
    public List<TransmittalView> open() {
        var reader = access.reader(Permissions.ARCHIVE_MANAGE);
        var locale = LocaleContextHolder.getLocale();
        return tx.execute(s -> transmittals.findByCompletedAtIsNullOrderBySubmittedAtAscIdAsc().stream()
                .filter(t -> access.reaches(archives.findById(t.getArchiveId()).orElseThrow(), reader))
                .map(t -> view(t, locale)).toList());
    }

    /** The archive's transmittal forms, newest first. */
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_VIEW + "')")
    public List<TransmittalView> ofArchive(long archiveId) {
        var reader = access.reader(Permissions.ARCHIVE_VIEW);
        var locale = LocaleContextHolder.getLocale();
        return tx.execute(s -> {
            access.readable(archiveId, reader);
            return transmittals.findByArchiveIdOrderBySubmittedAtDescIdDesc(archiveId).stream().map(t -> view(t, locale)).toList();
        });
    }

    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_VIEW + "')")
    public TransmittalView get(long id) {
        var reader = access.reader(Permissions.ARCHIVE_VIEW);
        var locale = LocaleContextHolder.getLocale();
        return tx.execute(s -> {
            var t = transmittals.findById(id).orElseThrow(() -> new NotFoundException("transmittal", id));
            access.readable(t.getArchiveId(), reader);
            return view(t, locale);
        });
    }

    /** The late-handover register: business events flagged late, newest flag first. */
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_MANAGE + "')")
    public Page<LateHandoverRow> late(Pageable pageable) {
        var locale = LocaleContextHolder.getLocale();
        return tx.execute(s -> {
            var names = eventNames(locale);
            return events.findByLateAtIsNotNullOrderByLateAtDescIdDesc(pageable).map(e -> {
                var v = volumes.findById(e.getVolumeId()).orElseThrow();
                var a = archives.findById(v.getArchiveId()).orElseThrow();
                var first = transmittals.findByEventId(e.getId()).stream().findFirst();
                return new LateHandoverRow(e.getId(), a.getId(), a.getArchiveNo(), a.getCustomerName(),
                        names.getOrDefault(e.getEventCode(), e.getEventCode()), e.getOccurredOn(), e.getDueOn(), e.getLateAt(),
                        first.map(Transmittal::getSubmittedAt).orElse(null), first.map(Transmittal::getSubmittedBy).orElse(null));
            });
        });
    }

    /**
     * The daily check (system, cluster-safe job {@value #OVERDUE_TASK}): flags every business event whose deadline
     * passed without a transmittal and publishes {@link HandoverLate} for it, once. Returns how many it flagged.
     */
    public int flagOverdue() {
        int flagged = 0;
        while (true) {
            Integer batch = tx.execute(s -> {
                var today = LocalDate.now(clock.withZone(ClockConfiguration.ZONE));
                var now = clock.instant();
                var due = events.overdueWithoutHandover(today, PageRequest.of(0, 200));
                for (var e : due) {
                    if (e.flagLate(now)) {
                        var v = volumes.findById(e.getVolumeId()).orElseThrow();
                        var a = archives.findById(v.getArchiveId()).orElseThrow();
                        journal.audit("archive.handover.late", "archiveBusinessEvent", e.getId(), null,
                                "archive=" + a.getArchiveNo() + ", event=" + e.getEventCode() + ", due=" + e.getDueOn());
                        journal.publish(new HandoverLate(e.getId(), a.getId(), a.getCustomerId(), e.getEventCode(),
                                e.getOccurredOn(), e.getDueOn(), null, null, now));
                    }
                }
                return due.size();
            });
            flagged += batch;
            if (batch < 200) {
                return flagged;
            }
        }
    }

    // --- deadlines -------------------------------------------------------------------------------

    /** The handover deadline of every business event type, in working days (the default where none is set). */
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_VIEW + "')")
    public List<HandoverDeadlineView> deadlines() {
        var locale = LocaleContextHolder.getLocale();
        return tx.execute(s -> {
            var set = deadlines.findAllByOrderByEventCode().stream()
                    .collect(Collectors.toMap(kehu.archive.internal.HandoverDeadline::getEventCode,
                            kehu.archive.internal.HandoverDeadline::getWorkingDays));
            return eventNames(locale).entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(e -> new HandoverDeadlineView(e.getKey(), e.getValue(),
                            set.getOrDefault(e.getKey(), HandoverDeadlines.DEFAULT_WORKING_DAYS), set.containsKey(e.getKey())))
                    .toList();
        });
    }

    /**
     * Sets how many working days after an event of that type its documents are due (0 … {@value #MAX_DEADLINE_DAYS});
     * events recorded from then on get the new deadline, earlier ones keep theirs.
     */
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_MANAGE + "')")
    public void setDeadline(String eventCode, Integer workingDays) {
        tx.executeWithoutResult(s -> {
            var problems = new ArrayList<FieldViolation>();
            if (eventCode == null || eventCode.isBlank()) {
                problems.add(new FieldViolation("eventCode", "validation.required"));
            } else if (scopeItems.findByEventCodeOrderBySortOrder(eventCode).isEmpty()) {
                problems.add(new FieldViolation("eventCode", "archive.event.unknown", eventCode));
            }
            if (workingDays == null) {
                problems.add(new FieldViolation("workingDays", "validation.required"));
            } else if (workingDays < 0 || workingDays > MAX_DEADLINE_DAYS) {
                problems.add(new FieldViolation("workingDays", "archive.transmittal.daysRange", MAX_DEADLINE_DAYS));
            }
            if (!problems.isEmpty()) {
                throw DomainException.invalid(problems);
            }
            var row = deadlines.findByEventCode(eventCode).orElse(null);
            var before = row == null ? null : "days=" + row.getWorkingDays();
            if (row == null) {
                row = deadlines.save(new kehu.archive.internal.HandoverDeadline(eventCode, workingDays));
            } else {
                row.setWorkingDays(workingDays);
            }
            journal.audit("archive.handover.deadline", "archiveHandoverDeadline", row.getId(), before,
                    "event=" + eventCode + ", days=" + workingDays);
        });
    }

    // --- views -----------------------------------------------------------------------------------

    private Map<String, String> eventNames(Locale locale) {
        var out = new java.util.HashMap<String, String>();
        scopeItems.findAll().forEach(i -> out.putIfAbsent(i.getEventCode(), i.eventName(locale)));
        return out;
    }

    private TransmittalView view(Transmittal t, Locale locale) {
        Archive a = archives.findById(t.getArchiveId()).orElseThrow();
        Volume v = volumes.findById(t.getVolumeId()).orElseThrow();
        var e = events.findById(t.getEventId()).orElseThrow();
        var categoryNames = categories.findAll().stream().collect(Collectors.toMap(Category::getCode, c -> c.name(locale)));
        var unit = t.getFromUnitId() == null ? null : directory.unit(t.getFromUnitId()).map(UnitSummary::name).orElse(null);
        var lines = items.findByTransmittalIdOrderByLineNo(t.getId()).stream().map(i -> new TransmittalView.Item(i.getId(),
                i.getLineNo(), i.getTitle(), categoryNames.getOrDefault(i.getCategoryCode(), i.getCategoryCode()), i.getCarrier(),
                i.isOriginal(), i.isSigned(), i.getPages(), i.getDocumentDate(), i.getResponsible(), i.getStatus().name(),
                i.getReason(), i.getDocumentId(), i.getDecidedBy(), i.getDecidedAt())).toList();
        return new TransmittalView(t.getId(), a.getId(), a.getArchiveNo(), a.getCustomerName(), v.getVolumeNo(), v.getTitle(), e.getId(),
                e.getEventCode(), eventNames(locale).getOrDefault(e.getEventCode(), e.getEventCode()), e.getOccurredOn(), unit,
                t.getSubmittedBy(), t.getSubmittedAt(), t.getDueOn(), t.isLate(), t.getCompletedAt(), lines);
    }
}
