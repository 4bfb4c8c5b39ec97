package kehu.archive;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import kehu.archive.internal.ArchiveAccess;
import kehu.archive.internal.ArchiveDocuments;
import kehu.archive.internal.ArchiveJournal;
import kehu.archive.internal.Archives;
import kehu.archive.internal.Grants;
import kehu.archive.internal.Handover;
import kehu.archive.internal.HandoverItem;
import kehu.archive.internal.HandoverItems;
import kehu.archive.internal.Handovers;
import kehu.archive.internal.LoanItems;
import kehu.archive.internal.Loans;
import kehu.customer.CustomerTransferred;
import kehu.organization.OrganizationDirectory;
import kehu.organization.Permissions;
import kehu.organization.StaffSummary;
import kehu.shared.NotFoundException;
import kehu.shared.PersistenceConfiguration;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Handover on a change of manager (ARC-9): when a customer is transferred, its archive is handed from the previous
 * manager to the next with a checklist — the archive itself, each loan the previous manager still holds on it, each
 * person they let into the hidden archive — so that nothing is left orphaned. The new manager or the archive room
 * confirms each item; the handover is complete when all are confirmed.
 */
@Service
public class ArchiveHandovers {

    private final Handovers handovers;
    private final kehu.archive.internal.Transmittals transmittals;
    private final HandoverItems items;
    private final Archives archives;
    private final Loans loans;
    private final LoanItems loanItems;
    private final ArchiveDocuments documents;
    private final Grants grants;
    private final ArchiveAccess access;
    private final OrganizationDirectory directory;
    private final ArchiveJournal journal;
    private final TransactionTemplate tx;
    private final Clock clock;

    ArchiveHandovers(Handovers handovers, HandoverItems items, Archives archives, Loans loans, LoanItems loanItems,
                     ArchiveDocuments documents, Grants grants, ArchiveAccess access, OrganizationDirectory directory,
                     ArchiveJournal journal, kehu.archive.internal.Transmittals transmittals,
                     PlatformTransactionManager transactions, Clock clock) {
        this.transmittals = transmittals;
        this.handovers = handovers;
        this.items = items;
        this.archives = archives;
        this.loans = loans;
        this.loanItems = loanItems;
        this.documents = documents;
        this.grants = grants;
        this.access = access;
        this.directory = directory;
        this.journal = journal;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Opens the handover of a transfer (system; once per transfer even if the event comes twice). */
    public void transferred(CustomerTransferred event) {
        tx.executeWithoutResult(s -> archives.findByCustomerId(event.customerId()).ifPresent(archive -> {
            if (handovers.existsByArchiveIdAndOccurredAt(archive.getId(), event.at())) {
                return;
            }
            var h = handovers.save(new Handover(archive.getId(), event.fromStaffId(), event.toStaffId(), event.reason(),
                    event.at()));
            items.save(new HandoverItem(h.getId(), "ARCHIVE", archive.getId(), archive.getArchiveNo() + " " + archive.getCustomerName()));
            if (event.fromStaffId() != null) {
                for (var loan : loans.openOf(archive.getId(), event.fromStaffId())) {
                    var titles = documents.findAllById(loanItems.findByLoanId(loan.getId()).stream()
                            .map(i -> i.getDocumentId()).toList()).stream().map(d -> d.getTitle()).collect(Collectors.joining("、"));
                    items.save(new HandoverItem(h.getId(), "LOAN", loan.getId(), "#" + loan.getId() + " " + titles));
                }
            }
            if (archive.isHidden()) {
                for (var g : grants.findByArchiveId(archive.getId())) {
                    items.save(new HandoverItem(h.getId(), "GRANT", g.getStaffId(), name(g.getStaffId())));
                }
            }
            journal.audit("archive.handover.open", "archive", archive.getId(), "owner=" + event.fromStaffId(),
                    "owner=" + event.toStaffId() + ", handover=" + h.getId());
        }));
    }

    /**
     * Opens the handovers of a staff member who left (system; once per departure even if the event comes twice): per
     * archive, what they held — each loan they asked for, may fetch or hold, their access to a hidden archive, each
     * transmittal form of theirs still waiting for the archive room — handed to their direct superior (or, without
     * one, to the archive room, which sees every open handover) so that nothing is left orphaned.
     */
    public void staffLeft(kehu.organization.StaffDisabled event) {
        tx.executeWithoutResult(s -> {
            var username = directory.staff(event.staffId()).map(kehu.organization.StaffSummary::username).orElse(null);
            var byArchive = new java.util.TreeMap<Long, List<Held>>();
            for (var loan : loans.openOfBorrower(event.staffId())) {
                var titles = documents.findAllById(loanItems.findByLoanId(loan.getId()).stream()
                        .map(i -> i.getDocumentId()).toList()).stream().map(d -> d.getTitle()).collect(Collectors.joining("、"));
                byArchive.computeIfAbsent(loan.getArchiveId(), k -> new java.util.ArrayList<>())
                        .add(new Held("LOAN", loan.getId(), cut("#" + loan.getId() + " " + titles)));
            }
            for (var g : grants.findByStaffId(event.staffId())) {
                byArchive.computeIfAbsent(g.getArchiveId(), k -> new java.util.ArrayList<>())
                        .add(new Held("GRANT", g.getStaffId(), cut(name(g.getStaffId()))));
            }
            if (username != null) {
                for (var t : transmittals.findBySubmittedByAndCompletedAtIsNullOrderById(username)) {
                    byArchive.computeIfAbsent(t.getArchiveId(), k -> new java.util.ArrayList<>())
                            .add(new Held("TRANSMITTAL", t.getId(), cut("#" + t.getId())));
                }
            }
            byArchive.forEach((archiveId, held) -> {
                if (handovers.existsByArchiveIdAndOccurredAt(archiveId, event.at())) {
                    return;
                }
                var h = handovers.save(new Handover(archiveId, event.staffId(), event.superiorStaffId(), "staff.left", event.at()));
                for (var item : held) {
                    items.save(new HandoverItem(h.getId(), item.kind(), item.referenceId(), item.description()));
                }
                journal.audit("archive.handover.open", "archive", archiveId, "holder=" + event.staffId(),
                        "to=" + event.superiorStaffId() + ", handover=" + h.getId() + ", items=" + held.size() + ", why=left");
            });
        });
    }

    private record Held(String kind, Long referenceId, String description) {
    }

    private static String cut(String s) {
        return s.length() > 300 ? s.substring(0, 300) : s;
    }

    /** The handovers of an archive, newest first. */
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_VIEW + "')")
    public List<HandoverView> ofArchive(long archiveId) {
        var reader = access.reader(Permissions.ARCHIVE_VIEW);
        return tx.execute(s -> {
            access.readable(archiveId, reader);
            return views(handovers.findByArchiveIdOrderByOccurredAtDescIdDesc(archiveId));
        });
    }

    /** Open handovers: all of them for the archive room, otherwise those handed to the signed-in person. */
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_VIEW + "')")
    public List<HandoverView> pending() {
        var reader = access.reader(Permissions.ARCHIVE_VIEW);
        return tx.execute(s -> views(manages() ? handovers.findByCompletedAtIsNullOrderByOccurredAt()
                : handovers.findByToStaffIdAndCompletedAtIsNullOrderByOccurredAt(reader.staffId())));
    }

    /** Confirms one checklist item (the new manager or the archive room); completes the handover with the last one. */
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_VIEW + "')")
    public void confirm(long itemId) {
        var reader = access.reader(Permissions.ARCHIVE_VIEW);
        tx.executeWithoutResult(s -> {
            var item = items.findById(itemId).orElseThrow(() -> new NotFoundException("handoverItem", itemId));
            var h = handovers.findById(item.getHandoverId()).orElseThrow();
            boolean receiver = h.getToStaffId() != null && h.getToStaffId() == reader.staffId();
            if (!receiver && !manages()) {
                throw new NotFoundException("handoverItem", itemId);
            }
            var now = clock.instant();
            item.confirm(PersistenceConfiguration.currentActor(), now);
            items.flush();
            if (items.findByHandoverIdOrderById(h.getId()).stream().allMatch(HandoverItem::confirmed)) {
                h.complete(now);
            }
            journal.audit("archive.handover.confirm", "archiveHandover", h.getId(), null,
                    "item=" + itemId + ", kind=" + item.getKind() + (h.getCompletedAt() != null ? ", complete" : ""));
        });
    }

    private boolean manages() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(Permissions.ARCHIVE_MANAGE));
    }

    private String name(Long staffId) {
        return staffId == null ? "" : directory.staff(staffId).map(StaffSummary::fullName).orElse("#" + staffId);
    }

    private List<HandoverView> views(List<Handover> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, List<HandoverItem>> byHandover = items.findByHandoverIdInOrderById(list.stream().map(Handover::getId).toList())
                .stream().collect(Collectors.groupingBy(HandoverItem::getHandoverId));
        return list.stream().map(h -> {
            var a = archives.findById(h.getArchiveId()).orElseThrow();
            return new HandoverView(h.getId(), a.getId(), a.getArchiveNo(), a.getCustomerName(), name(h.getFromStaffId()),
                    name(h.getToStaffId()), h.getReason(), h.getOccurredAt(), h.getCompletedAt(),
                    byHandover.getOrDefault(h.getId(), List.of()).stream().map(i -> new HandoverView.Item(i.getId(), i.getKind(),
                            i.getDescription(), i.getConfirmedAt(), i.getConfirmedBy())).toList());
        }).toList();
    }

}
