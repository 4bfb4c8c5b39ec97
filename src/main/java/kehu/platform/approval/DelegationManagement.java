package kehu.platform.approval;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import kehu.platform.ApproverDirectory;
import kehu.shared.AuditableAction;
import kehu.shared.ClockConfiguration;
import kehu.shared.DomainException;
import kehu.shared.FieldViolation;
import kehu.shared.NotFoundException;
import kehu.shared.PersistenceConfiguration;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delegation while absent (ORG-6): any member of staff hands their approval tasks to a colleague for
 * a time window. During the window the delegate sees and decides the delegator's tasks (recorded as
 * acting on their behalf); before and after it they cannot. The delegator may revoke it early.
 */
@Service
@Transactional
public class DelegationManagement {

    private final Delegations delegations;
    private final ApproverDirectory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DelegationManagement(Delegations delegations, ApproverDirectory directory, ApplicationEventPublisher events,
                         Clock clock) {
        this.delegations = delegations;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    /** The delegations a staff member gave or received that have not yet ended (or ended within a week). */
    @Transactional(readOnly = true)
    public List<DelegationView> involving(long staffId) {
        var now = clock.instant();
        return delegations.involving(staffId, now.minus(java.time.Duration.ofDays(7))).stream()
                .map(d -> view(d, staffId)).toList();
    }

    public DelegationView delegate(long delegatorStaffId, DelegationForm form) {
        var now = clock.instant();
        var violations = new ArrayList<FieldViolation>();
        Long delegate = null;
        var username = form.delegateUsername() == null ? "" : form.delegateUsername().trim();
        if (username.isEmpty()) {
            violations.add(new FieldViolation("delegateUsername", "validation.required"));
        } else {
            delegate = directory.staffIdByUsername(username).filter(directory::isActiveStaff).orElse(null);
            if (delegate == null) {
                violations.add(new FieldViolation("delegateUsername", "approval.person.unknown", username));
            } else if (delegate == delegatorStaffId) {
                violations.add(new FieldViolation("delegateUsername", "approval.delegation.self"));
            }
        }
        if (form.validFrom() == null) {
            violations.add(new FieldViolation("validFrom", "validation.required"));
        }
        if (form.validUntil() == null) {
            violations.add(new FieldViolation("validUntil", "validation.required"));
        }
        var type = form.businessType() == null || form.businessType().isBlank() ? null : form.businessType().trim();
        if (type != null && !ApprovalEngine.BUSINESS_TYPE.matcher(type).matches()) {
            violations.add(new FieldViolation("businessType", "approval.chain.businessType.format"));
        }
        if (form.validFrom() != null && form.validUntil() != null) {
            var from = form.validFrom().atZone(ClockConfiguration.ZONE).toInstant();
            var until = form.validUntil().atZone(ClockConfiguration.ZONE).toInstant();
            if (!until.isAfter(from)) {
                violations.add(new FieldViolation("validUntil", "approval.delegation.window"));
            } else if (!until.isAfter(now)) {
                violations.add(new FieldViolation("validUntil", "approval.delegation.past"));
            }
        }
        if (!violations.isEmpty()) {
            throw DomainException.invalid(violations);
        }
        var delegation = delegations.save(new Delegation(delegatorStaffId, delegate, type,
                form.validFrom().atZone(ClockConfiguration.ZONE).toInstant(),
                form.validUntil().atZone(ClockConfiguration.ZONE).toInstant()));
        events.publishEvent(AuditableAction.of("approval.delegation.create", PersistenceConfiguration.currentActor(),
                "approval.delegation", delegation.getId(), null,
                "#" + delegatorStaffId + " -> #" + delegate + " " + delegation.getValidFrom() + "/"
                        + delegation.getValidUntil() + (type == null ? "" : " " + type), now));
        return view(delegation, delegatorStaffId);
    }

    /** The delegator ends a delegation early. */
    public void revoke(long delegationId, long staffId) {
        var delegation = delegations.findById(delegationId)
                .orElseThrow(() -> new NotFoundException("approval.delegation", delegationId));
        if (delegation.getDelegatorStaffId() != staffId) {
            if (delegation.getDelegateStaffId() == staffId) {
                throw new AccessDeniedException("only the delegator revokes a delegation");
            }
            throw new NotFoundException("approval.delegation", delegationId);
        }
        var now = clock.instant();
        delegation.revoke(now);
        events.publishEvent(AuditableAction.of("approval.delegation.revoke", PersistenceConfiguration.currentActor(),
                "approval.delegation", delegationId, null, null, now));
    }

    private DelegationView view(Delegation d, long viewer) {
        var now = clock.instant();
        return new DelegationView(d.getId(), d.getDelegatorStaffId(), directory.displayName(d.getDelegatorStaffId()),
                d.getDelegateStaffId(), directory.displayName(d.getDelegateStaffId()), d.getBusinessType(),
                d.getValidFrom(), d.getValidUntil(), d.getRevokedAt(), d.covers(d.getBusinessType(), now),
                d.getDelegatorStaffId() == viewer && d.isCurrentOrFuture(now));
    }
}
