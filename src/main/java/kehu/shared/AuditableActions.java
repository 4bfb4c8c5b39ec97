package kehu.shared;

import java.util.List;

/**
 * Several {@link AuditableAction}s of one transaction, appended to the audit chain together (one lock of the chain
 * head, one event publication) once the transaction commits: what a bulk operation publishes instead of one event
 * per record, e.g. the archives opened for a thousand imported customers. Each action is still its own entry.
 */
public record AuditableActions(List<AuditableAction> actions) {

    public AuditableActions {
        actions = List.copyOf(actions);
    }
}
