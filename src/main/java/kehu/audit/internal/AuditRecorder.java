package kehu.audit.internal;

import kehu.shared.AuditableAction;
import kehu.shared.AuditableActions;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Appends every {@link AuditableAction} any module publishes to the audit chain: asynchronously,
 * once the publishing transaction has committed, and through the event publication registry, so
 * an action committed just before a crash is still recorded after the restart.
 * <p>
 * The listener itself runs outside a transaction ({@code NOT_SUPPORTED}) because
 * {@link AuditChain#append} runs its own short transaction, which it can retry when the chain
 * head is busy; completion is registered only when the append has committed.
 */
@Component
class AuditRecorder {

    private final AuditChain chain;

    AuditRecorder(AuditChain chain) {
        this.chain = chain;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(AuditableAction action) {
        chain.append(action);
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(AuditableActions actions) {
        chain.appendAll(actions.actions());
    }
}
