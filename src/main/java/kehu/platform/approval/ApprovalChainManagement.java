package kehu.platform.approval;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import kehu.platform.ApproverDirectory;
import kehu.shared.AuditableAction;
import kehu.shared.DomainException;
import kehu.shared.FieldViolation;
import kehu.shared.NotFoundException;
import kehu.shared.PersistenceConfiguration;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Configuring approval chains (administrators holding {@code platform.approval.manage}). Checks the
 * whole form and reports every wrong field at once; nothing is saved unless all is well.
 */
@Service
@Transactional
@PreAuthorize("hasAuthority('platform.approval.manage')")
public class ApprovalChainManagement {

    static final int MAX_STEPS = 20;
    static final int MAX_HOURS = 24 * 366;
    private static final Pattern PLAIN_TEXT = Pattern.compile("[^<>\\p{Cntrl}]*");

    private final ApprovalChains chains;
    private final ApproverDirectory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final EntityManager entityManager;

    ApprovalChainManagement(ApprovalChains chains, ApproverDirectory directory, ApplicationEventPublisher events,
                            Clock clock, EntityManager entityManager) {
        this.entityManager = entityManager;
        this.chains = chains;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ChainView> list() {
        return chains.findAllByOrderByBusinessTypeAsc().stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public ChainView get(long id) {
        return view(find(id));
    }

    /** The chain as an edit form. */
    @Transactional(readOnly = true)
    public ApprovalChainForm formOf(long id) {
        var chain = find(id);
        var steps = chain.rules().stream().map(r -> new ApprovalChainForm.StepForm(r.approverKind(), r.roleCode(),
                r.personStaffId() == null ? null : directory.usernameOf(r.personStaffId()).orElse(null), r.mode(),
                hours(r.reminderAfter().orElse(null)), hours(r.timeoutAfter().orElse(null)), r.timeoutAction())).toList();
        return new ApprovalChainForm(chain.getBusinessType(), chain.getName(), chain.isActive(), steps, chain.getVersion());
    }

    public ChainView create(ApprovalChainForm form) {
        var violations = new ArrayList<FieldViolation>();
        var type = form.businessType() == null ? "" : form.businessType().trim();
        if (type.isEmpty()) {
            violations.add(new FieldViolation("businessType", "validation.required"));
        } else if (type.length() > 64) {
            violations.add(new FieldViolation("businessType", "validation.tooLong", 64));
        } else if (!ApprovalEngine.BUSINESS_TYPE.matcher(type).matches()) {
            violations.add(new FieldViolation("businessType", "approval.chain.businessType.format"));
        } else if (chains.existsByBusinessType(type)) {
            violations.add(new FieldViolation("businessType", "approval.chain.businessType.taken", type));
        }
        var rules = check(form, violations);
        if (!violations.isEmpty()) {
            throw DomainException.invalid(violations);
        }
        var chain = chains.save(new ApprovalChain(type, form.name().trim(), !Boolean.FALSE.equals(form.active()), rules));
        audit("approval.chain.create", chain.getId(), null, type);
        return view(chain);
    }

    public ChainView update(long id, ApprovalChainForm form) {
        var chain = find(id);
        if (form.version() != null && form.version() != chain.getVersion()) {
            throw new OptimisticLockingFailureException("approval chain " + id + " was changed by someone else");
        }
        var violations = new ArrayList<FieldViolation>();
        var rules = check(form, violations);
        if (!violations.isEmpty()) {
            throw DomainException.invalid(violations);
        }
        var before = summary(chain);
        // Steps are rows of their own: raise the chain's version now, so that any edit (steps too) changes it.
        entityManager.lock(chain, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        chain.describe(form.name().trim(), !Boolean.FALSE.equals(form.active()), rules);
        chains.flush();
        audit("approval.chain.update", id, before, summary(chain));
        return view(chain);
    }

    /** Switches a chain off (it is kept; its business type is then approved at once). */
    public void deactivate(long id) {
        var chain = find(id);
        chain.deactivate();
        audit("approval.chain.deactivate", id, chain.getBusinessType(), null);
    }

    /** Checks name and steps; adds what is wrong to {@code violations}; returns the rules when all is well. */
    private List<StepRule> check(ApprovalChainForm form, List<FieldViolation> violations) {
        var name = form.name() == null ? "" : form.name().trim();
        if (name.isEmpty()) {
            violations.add(new FieldViolation("name", "validation.required"));
        } else if (name.length() > 100) {
            violations.add(new FieldViolation("name", "validation.tooLong", 100));
        } else if (!PLAIN_TEXT.matcher(name).matches()) {
            violations.add(new FieldViolation("name", "validation.plainText"));
        }
        var steps = form.stepList();
        if (steps.isEmpty()) {
            violations.add(new FieldViolation("steps", "approval.chain.steps.required"));
            return List.of();
        }
        if (steps.size() > MAX_STEPS) {
            violations.add(new FieldViolation("steps", "approval.chain.steps.tooMany", MAX_STEPS));
            return List.of();
        }
        var rules = new ArrayList<StepRule>();
        for (int i = 0; i < steps.size(); i++) {
            var rule = check(steps.get(i), "steps[" + i + "].", i == steps.size() - 1, violations);
            if (rule != null) {
                rules.add(rule);
            }
        }
        return rules;
    }

    private StepRule check(ApprovalChainForm.StepForm step, String prefix, boolean last, List<FieldViolation> violations) {
        int before = violations.size();
        if (step == null) {
            violations.add(new FieldViolation(prefix + "approverKind", "validation.required"));
            return null;
        }
        String roleCode = null;
        Long person = null;
        if (step.approverKind() == null) {
            violations.add(new FieldViolation(prefix + "approverKind", "validation.required"));
        } else if (step.approverKind() == ApproverKind.ROLE) {
            roleCode = step.roleCode() == null ? "" : step.roleCode().trim();
            if (roleCode.isEmpty()) {
                violations.add(new FieldViolation(prefix + "roleCode", "validation.required"));
            } else if (!directory.roleExists(roleCode)) {
                violations.add(new FieldViolation(prefix + "roleCode", "approval.chain.role.unknown", roleCode));
            }
        } else if (step.approverKind() == ApproverKind.PERSON) {
            var username = step.personUsername() == null ? "" : step.personUsername().trim();
            if (username.isEmpty()) {
                violations.add(new FieldViolation(prefix + "personUsername", "validation.required"));
            } else {
                person = directory.staffIdByUsername(username).filter(directory::isActiveStaff).orElse(null);
                if (person == null) {
                    violations.add(new FieldViolation(prefix + "personUsername", "approval.person.unknown", username));
                }
            }
        }
        if (step.mode() == null) {
            violations.add(new FieldViolation(prefix + "mode", "validation.required"));
        }
        var reminder = step.reminderAfterHours();
        var timeout = step.timeoutAfterHours();
        checkHours(reminder, prefix + "reminderAfterHours", violations);
        checkHours(timeout, prefix + "timeoutAfterHours", violations);
        if (timeout != null && step.timeoutAction() == null) {
            violations.add(new FieldViolation(prefix + "timeoutAction", "approval.chain.timeoutAction.required"));
        }
        if (timeout == null && step.timeoutAction() != null) {
            violations.add(new FieldViolation(prefix + "timeoutAfterHours", "approval.chain.timeout.required"));
        }
        if (reminder != null && timeout != null && reminder > 0 && reminder >= timeout) {
            violations.add(new FieldViolation(prefix + "reminderAfterHours", "approval.chain.reminder.beforeTimeout"));
        }
        if (last && step.timeoutAction() == TimeoutAction.ESCALATE) {
            violations.add(new FieldViolation(prefix + "timeoutAction", "approval.chain.escalate.last"));
        }
        if (violations.size() > before) {
            return null;
        }
        return new StepRule(step.approverKind(), roleCode, person, step.mode(), duration(reminder), duration(timeout),
                step.timeoutAction());
    }

    private static void checkHours(Integer hours, String field, List<FieldViolation> violations) {
        if (hours != null && (hours < 1 || hours > MAX_HOURS)) {
            violations.add(new FieldViolation(field, "approval.chain.hours.range", "1", String.valueOf(MAX_HOURS)));
        }
    }

    private static Duration duration(Integer hours) {
        return hours == null ? null : Duration.ofHours(hours);
    }

    private static Integer hours(Duration d) {
        return d == null ? null : (int) Math.max(1, (d.toMinutes() + 59) / 60);
    }

    private ApprovalChain find(long id) {
        return chains.findById(id).orElseThrow(() -> new NotFoundException("approval.chain", id));
    }

    ChainView view(ApprovalChain chain) {
        var steps = chain.getSteps().stream().map(s -> {
            var r = s.getRule();
            return new ChainView.Step(s.getStepNo(), r.approverKind(), r.roleCode(), r.personStaffId(),
                    r.personStaffId() == null ? null : directory.displayName(r.personStaffId()), r.mode(),
                    hours(r.reminderAfter().orElse(null)), hours(r.timeoutAfter().orElse(null)), r.timeoutAction());
        }).toList();
        return new ChainView(chain.getId(), chain.getBusinessType(), chain.getName(), chain.isActive(), steps,
                chain.getVersion(), chain.getUpdatedAt(), chain.getUpdatedBy());
    }

    private static String summary(ApprovalChain chain) {
        var sb = new StringBuilder(chain.getName()).append(chain.isActive() ? "" : " (inactive)").append(':');
        for (var s : chain.getSteps()) {
            var r = s.getRule();
            sb.append(' ').append(s.getStepNo()).append('.').append(r.approverKind())
                    .append(r.roleCode() == null ? "" : "=" + r.roleCode())
                    .append(r.personStaffId() == null ? "" : "=#" + r.personStaffId())
                    .append('/').append(r.mode())
                    .append(r.reminderAfter().map(d -> "/remind " + d.toHours() + "h").orElse(""))
                    .append(r.timeoutAfter().map(d -> "/timeout " + d.toHours() + "h " + r.timeoutAction()).orElse(""));
        }
        return sb.toString();
    }

    private void audit(String action, Long id, String before, String after) {
        events.publishEvent(AuditableAction.of(action, PersistenceConfiguration.currentActor(), "approval.chain", id,
                before, after, clock.instant()));
    }
}
