package kehu.servicedesk.internal;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import kehu.organization.OrganizationDirectory;
import kehu.organization.SensitiveKind;
import kehu.organization.StaffSummary;
import kehu.platform.ReferenceData;
import kehu.servicedesk.MatterDetails;
import kehu.servicedesk.MatterRow;
import kehu.servicedesk.WorkOrderDetails;
import kehu.servicedesk.WorkOrderRow;

import org.springframework.stereotype.Component;

/** Turns matters and work orders into the rows and pages the API hands out, with names instead of ids. */
@Component
public class MatterViews {

    private final OrganizationDirectory directory;
    private final RequestCategories categories;
    private final ReferenceData reference;
    private final MatterLog log;
    private final Transfers transfers;
    private final Alerts alerts;
    private final Resolutions resolutions;
    private final WorkOrders workOrders;
    private final WorkEntries entries;
    private final Matters matters;
    private final ReplyLetters letters;
    private final Clock clock;

    MatterViews(OrganizationDirectory directory, RequestCategories categories, ReferenceData reference, MatterLog log,
                Transfers transfers, Alerts alerts, Resolutions resolutions, WorkOrders workOrders, WorkEntries entries,
                Matters matters, ReplyLetters letters, Clock clock) {
        this.directory = directory;
        this.categories = categories;
        this.reference = reference;
        this.log = log;
        this.transfers = transfers;
        this.alerts = alerts;
        this.resolutions = resolutions;
        this.workOrders = workOrders;
        this.entries = entries;
        this.matters = matters;
        this.letters = letters;
        this.clock = clock;
    }

    /** Names looked up once per page. */
    public final class Names {
        private final Map<Long, String> staff = new HashMap<>();
        private final Map<Long, String> units = new HashMap<>();
        private final Map<Long, String> positions = new HashMap<>();

        public String staff(Long id) {
            return id == null ? null : staff.computeIfAbsent(id, k -> directory.staff(k).map(StaffSummary::fullName).orElse("#" + k));
        }

        public String unit(Long id) {
            return id == null ? null : units.computeIfAbsent(id, k -> directory.unit(k).map(u -> u.name()).orElse("#" + k));
        }

        public String position(Long id) {
            return id == null ? null : positions.computeIfAbsent(id, k -> directory.position(k).map(p -> p.name()).orElse("#" + k));
        }

        /** "工程部 / 维修工 / 赵师傅" — whichever parts are given. */
        public String target(Long unitId, Long positionId, Long staffId) {
            var parts = new java.util.ArrayList<String>();
            if (unitId != null) {
                parts.add(unit(unitId));
            }
            if (positionId != null) {
                parts.add(position(positionId));
            }
            if (staffId != null) {
                parts.add(staff(staffId));
            }
            return parts.isEmpty() ? "—" : String.join(" / ", parts);
        }
    }

    public Names names() {
        return new Names();
    }

    public MatterRow row(Matter m, Names n) {
        return new MatterRow(m.getId(), m.getNumber(), m.getType(), m.getChannel(),
                reference.label(ReferenceData.CHANNEL, m.getChannel()).orElse(m.getChannel()), m.getCategoryCode(),
                categories.label(m.getCategoryCode()), m.getPriority(), m.getSeverity(), m.getSubject(), m.getCustomerId(),
                m.getCustomerName(), m.getCallerName(), SensitiveKind.MOBILE.mask(m.getCallbackNumber()), m.getAreaCode(),
                m.getStatus(), m.getReceivedAt(), m.getOwnerStaffId(), n.staff(m.getOwnerStaffId()), m.getHandlingUnitId(),
                n.unit(m.getHandlingUnitId()), m.getHandlingStaffId(), n.staff(m.getHandlingStaffId()),
                m.getFirstResponseAt(), m.getResponseDueAt(), m.getResolveDueAt(), m.getEscalationLevel(),
                m.isResponseBreached(), m.isOverdue(clock.instant()), m.getVersion());
    }

    public List<MatterRow> rows(List<Matter> list) {
        var n = names();
        return list.stream().map(m -> row(m, n)).toList();
    }

    public MatterDetails details(Matter m) {
        var n = names();
        var id = m.getId();
        var logEntries = log.findByMatterIdOrderByAtAscIdAsc(id).stream()
                .map(l -> new MatterDetails.LogEntry(l.getAt(), l.getActor(), l.getKind(), l.getDetail())).toList();
        var transferEntries = transfers.findByMatterIdOrderByAtAscIdAsc(id).stream()
                .map(t -> new MatterDetails.TransferEntry(t.getAt(), t.getKind(), n.staff(t.getByStaffId()),
                        n.target(t.getFromUnitId(), t.getFromPositionId(), t.getFromStaffId()),
                        n.target(t.getToUnitId(), t.getToPositionId(), t.getToStaffId()), t.getReason())).toList();
        var alertEntries = alerts.findByMatterIdOrderByAtAscIdAsc(id).stream()
                .map(a -> new MatterDetails.AlertEntry(a.getAt(), a.getKind(), a.getLevel(), a.getDueAt(),
                        recipients(a.getRecipients(), n))).toList();
        var resolutionViews = resolutions.findByMatterIdOrderByRoundAsc(id).stream()
                .map(r -> new MatterDetails.ResolutionView(r.getRound(), r.getResolvedAt(), r.getResolvedBy(), r.getSummary(),
                        r.getSubstantiated(), n.unit(r.getResponsibleUnitId()), n.staff(r.getResponsibleStaffId()),
                        r.getCauseCode(), r.getCauseCode() == null ? null
                                : reference.label(ReferenceData.CAUSE, r.getCauseCode()).orElse(r.getCauseCode()),
                        r.getCorrectiveMeasures(), r.getPreventiveMeasures(), r.getCompensation(), r.getFeedbackKind(),
                        r.getFeedbackAt(), r.getFeedbackBy(), r.getSatisfied(), r.getFeedbackNote())).toList();
        var orders = workOrders.findByMatterIdOrderByIssuedAtAscIdAsc(id).stream().map(w -> workOrderRow(w, m, n)).toList();
        return new MatterDetails(row(m, n), m.getDescription(), SensitiveKind.MOBILE.mask(m.getCallbackNumber()),
                m.getHandlingPositionId(),
                n.position(m.getHandlingPositionId()), m.getPausedAt(), m.getResolvedAt(), m.getClosedAt(),
                m.getReopenCount(), logEntries, transferEntries, alertEntries, resolutionViews, orders,
                letters.findByMatterIdOrderByIdAsc(id).stream().map(l -> new kehu.servicedesk.ReplyLetterView(l.getId(),
                        l.getBody(), l.getStatus(), l.getApprovalId(), n.staff(l.getDraftedBy()), l.getCreatedAt(),
                        l.getDecidedAt(), l.getSentAt(), l.getSentBy(), l.getSentVia(), l.getVersion())).toList());
    }

    private static String recipients(String ids, Names n) {
        if (ids == null || ids.isBlank()) {
            return "";
        }
        return java.util.Arrays.stream(ids.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> n.staff(Long.parseLong(s))).collect(java.util.stream.Collectors.joining("、"));
    }

    public WorkOrderRow workOrderRow(WorkOrder w, Matter m, Names n) {
        return new WorkOrderRow(w.getId(), w.getNumber(), m.getId(), m.getNumber(), m.getSubject(),
                categories.label(m.getCategoryCode()), m.getAreaCode(), m.getCustomerName() != null ? m.getCustomerName()
                : m.getCallerName(), w.getUnitId(), n.unit(w.getUnitId()), w.getAssigneeStaffId(),
                n.staff(w.getAssigneeStaffId()), w.getStatus(), w.getIssuedAt(), w.getTakenAt(), w.getCompletedAt(),
                m.getResolveDueAt(), w.getVersion());
    }

    public List<WorkOrderRow> workOrderRows(List<WorkOrder> list) {
        var n = names();
        var byId = new HashMap<Long, Matter>();
        matters.findAllById(list.stream().map(WorkOrder::getMatterId).distinct().toList()).forEach(m -> byId.put(m.getId(), m));
        return list.stream().map(w -> workOrderRow(w, byId.get(w.getMatterId()), n)).toList();
    }

    public WorkOrderDetails workOrderDetails(WorkOrder w, Matter m) {
        var e = entries.findByWorkOrderIdOrderByAtAscIdAsc(w.getId()).stream()
                .map(x -> new WorkOrderDetails.WorkEntry(x.getAt(), x.getActor(), x.getNote())).toList();
        return new WorkOrderDetails(workOrderRow(w, m, names()), m.getDescription(),
                SensitiveKind.MOBILE.mask(m.getCallbackNumber()), w.getWorkDone(),
                w.getReceiptNote(), w.getCustomerConfirmed(), w.getCancelledReason(), e);
    }
}
