package kehu.servicedesk;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import kehu.servicedesk.internal.RequestCategories;
import kehu.servicedesk.internal.Dispatching;
import kehu.servicedesk.internal.MatterJournal;
import kehu.servicedesk.internal.MatterViews;
import kehu.servicedesk.internal.RoutingRule;
import kehu.servicedesk.internal.RoutingRules;
import kehu.servicedesk.internal.TimeLimitRule;
import kehu.servicedesk.internal.TimeLimitRules;
import kehu.shared.DomainException;
import kehu.shared.FieldViolation;
import kehu.shared.NotFoundException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service desk's configuration: routing rules (SVC-2) and time limits (SVC-3), kept by the service
 * supervisors ({@code service.dispatch}). Rules are never deleted, only switched off; every change is audited.
 */
@Service
@Transactional
@PreAuthorize("hasAuthority('service.dispatch')")
public class ServiceRules {

    private final RoutingRules routingRules;
    private final TimeLimitRules timeLimits;
    private final RequestCategories categories;
    private final Dispatching dispatching;
    private final MatterViews views;
    private final MatterJournal journal;
    private final Clock clock;

    ServiceRules(RoutingRules routingRules, TimeLimitRules timeLimits, RequestCategories categories, Dispatching dispatching,
                 MatterViews views, MatterJournal journal, Clock clock) {
        this.routingRules = routingRules;
        this.timeLimits = timeLimits;
        this.categories = categories;
        this.dispatching = dispatching;
        this.views = views;
        this.journal = journal;
        this.clock = clock;
    }

    // --- routing rules ---------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<RoutingRuleView> routingRules() {
        var n = views.names();
        return routingRules.findAllByOrderBySortOrderAscIdAsc().stream().map(r -> new RoutingRuleView(r.getId(), r.getName(),
                r.getMatterType(), r.getCategoryCode(), categories.label(r.getCategoryCode()), r.getAreaCode(),
                r.getTargetUnitId(), r.getTargetPositionId(), r.getTargetStaffId(),
                n.target(r.getTargetUnitId(), r.getTargetPositionId(), r.getTargetStaffId()), r.getSortOrder(), r.isActive(),
                r.getVersion())).toList();
    }

    /** Adds a rule; its target must be a department someone can work in (as for a transfer). */
    public long createRoutingRule(RoutingRuleForm form) {
        var checked = check(form);
        var rule = routingRules.save(new RoutingRule(checked.name(), form.matterType(), checked.categoryCode(),
                checked.areaCode(), checked.target().unitId(), checked.target().positionId(), checked.target().staffId(),
                form.sortOrder() == null ? 0 : form.sortOrder()));
        journal.audit("routingRule.create", "routingRule", rule.getId(), null, describe(rule), clock.instant());
        return rule.getId();
    }

    public void updateRoutingRule(long id, RoutingRuleForm form) {
        var rule = routingRules.findById(id).orElseThrow(() -> new NotFoundException("routingRule", id));
        var before = describe(rule);
        var checked = check(form);
        rule.describe(checked.name(), form.matterType(), checked.categoryCode(), checked.areaCode(), checked.target().unitId(),
                checked.target().positionId(), checked.target().staffId(), form.sortOrder() == null ? 0 : form.sortOrder());
        journal.audit("routingRule.update", "routingRule", id, before, describe(rule), clock.instant());
    }

    public void activateRoutingRule(long id, boolean active) {
        var rule = routingRules.findById(id).orElseThrow(() -> new NotFoundException("routingRule", id));
        rule.activate(active);
        journal.audit(active ? "routingRule.activate" : "routingRule.deactivate", "routingRule", id, null, describe(rule),
                clock.instant());
    }

    private record CheckedRule(String name, String categoryCode, String areaCode, Assignee target) {
    }

    private CheckedRule check(RoutingRuleForm form) {
        var problems = new ArrayList<FieldViolation>();
        var name = MatterManagement.text(form.name(), "name", 100, true, problems);
        var category = MatterManagement.blankToNull(form.categoryCode());
        if (category != null && !categories.isValid(category)) {
            problems.add(new FieldViolation("categoryCode", "servicedesk.intake.unknownCategory"));
        }
        var area = MatterManagement.text(form.areaCode(), "areaCode", 32, false, problems);
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        var target = dispatching.check(new Assignee(form.targetUnitId(), form.targetPositionId(), form.targetStaffId()));
        return new CheckedRule(name, category, area, target);
    }

    private static String describe(RoutingRule r) {
        return "name=" + r.getName() + ", type=" + r.getMatterType() + ", category=" + r.getCategoryCode() + ", area="
                + r.getAreaCode() + ", target=" + r.getTargetUnitId() + "/" + r.getTargetPositionId() + "/"
                + r.getTargetStaffId() + ", sort=" + r.getSortOrder() + ", active=" + r.isActive();
    }

    // --- time limits -----------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<TimeLimitView> timeLimits() {
        return timeLimits.findAllByOrderByMatterTypeAscIdAsc().stream().map(t -> new TimeLimitView(t.getId(),
                t.getMatterType(), t.getCategoryCode(), categories.label(t.getCategoryCode()), t.getPriority(),
                t.getResponseMinutes(), t.getResolveMinutes(), t.getWarnMinutes(), t.isActive(), t.getVersion())).toList();
    }

    public long createTimeLimit(TimeLimitForm form) {
        check(form);
        var t = timeLimits.save(new TimeLimitRule(form.matterType(), MatterManagement.blankToNull(form.categoryCode()),
                form.priority(), form.responseMinutes(), form.resolveMinutes(), form.warnMinutes()));
        journal.audit("timeLimit.create", "timeLimit", t.getId(), null, describe(t), clock.instant());
        return t.getId();
    }

    public void updateTimeLimit(long id, TimeLimitForm form) {
        var t = timeLimits.findById(id).orElseThrow(() -> new NotFoundException("timeLimit", id));
        check(form);
        var before = describe(t);
        t.describe(form.matterType(), MatterManagement.blankToNull(form.categoryCode()), form.priority(),
                form.responseMinutes(), form.resolveMinutes(), form.warnMinutes());
        journal.audit("timeLimit.update", "timeLimit", id, before, describe(t), clock.instant());
    }

    public void activateTimeLimit(long id, boolean active) {
        var t = timeLimits.findById(id).orElseThrow(() -> new NotFoundException("timeLimit", id));
        t.activate(active);
        journal.audit(active ? "timeLimit.activate" : "timeLimit.deactivate", "timeLimit", id, null, describe(t),
                clock.instant());
    }

    private void check(TimeLimitForm form) {
        var problems = new ArrayList<FieldViolation>();
        if (form.matterType() == null) {
            problems.add(new FieldViolation("matterType", "validation.required"));
        }
        var category = MatterManagement.blankToNull(form.categoryCode());
        if (category != null && !categories.isValid(category)) {
            problems.add(new FieldViolation("categoryCode", "servicedesk.intake.unknownCategory"));
        }
        minutes(form.responseMinutes(), "responseMinutes", problems);
        minutes(form.resolveMinutes(), "resolveMinutes", problems);
        if (form.warnMinutes() == null || form.warnMinutes() < 0 || form.warnMinutes() > 525_600) {
            problems.add(new FieldViolation("warnMinutes", "servicedesk.timeLimit.minutesInvalid"));
        }
        if (form.responseMinutes() != null && form.resolveMinutes() != null && form.resolveMinutes() < form.responseMinutes()) {
            problems.add(new FieldViolation("resolveMinutes", "servicedesk.timeLimit.resolveBeforeResponse"));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
    }

    private static void minutes(Integer value, String field, List<FieldViolation> problems) {
        if (value == null || value < 1 || value > 525_600) {
            problems.add(new FieldViolation(field, "servicedesk.timeLimit.minutesInvalid"));
        }
    }

    private static String describe(TimeLimitRule t) {
        return "type=" + t.getMatterType() + ", category=" + t.getCategoryCode() + ", priority=" + t.getPriority()
                + ", response=" + t.getResponseMinutes() + ", resolve=" + t.getResolveMinutes() + ", warn="
                + t.getWarnMinutes() + ", active=" + t.isActive();
    }
}
