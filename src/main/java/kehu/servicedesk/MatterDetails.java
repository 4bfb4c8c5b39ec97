package kehu.servicedesk;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Everything about one matter: the row, its description, journal, transfers, alerts, resolutions, work orders, reply letters. */
public record MatterDetails(MatterRow matter, String description, String callbackNumber, Long handlingPositionId,
                            String handlingPositionName, Instant pausedAt, Instant resolvedAt, Instant closedAt,
                            int reopenCount, List<LogEntry> log, List<TransferEntry> transfers,
                            List<AlertEntry> alerts, List<ResolutionView> resolutions, List<WorkOrderRow> workOrders,
                            List<ReplyLetterView> letters) {

    public record LogEntry(Instant at, String actor, String kind, String detail) {
    }

    public record TransferEntry(Instant at, TransferKind kind, String by, String from, String to, String reason) {
    }

    public record AlertEntry(Instant at, AlertKind kind, int level, Instant dueAt, String recipients) {
    }

    public record ResolutionView(int round, Instant resolvedAt, String resolvedBy, String summary, Boolean substantiated,
                                 String responsibleUnit, String responsibleStaff, String causeCode, String causeLabel,
                                 String corrective, String preventive, BigDecimal compensation,
                                 FeedbackKind feedbackKind, Instant feedbackAt, String feedbackBy, Boolean satisfied,
                                 String feedbackNote) {

        public boolean hasFeedback() {
            return feedbackKind != null;
        }
    }

    /** The current (latest) resolution, or null. */
    public ResolutionView currentResolution() {
        return resolutions.isEmpty() ? null : resolutions.get(resolutions.size() - 1);
    }
}
