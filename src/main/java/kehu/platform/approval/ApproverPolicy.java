package kehu.platform.approval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import kehu.platform.ApproverDirectory;

import org.springframework.stereotype.Component;

/**
 * Who approves a step, asked of the organisation when the step starts:
 * <ul>
 *   <li>ROLE: every enabled holder of the role; PERSON: that person if enabled;
 *       DIRECT_SUPERIOR: the subject's direct superior; UNIT_HEAD: the head of the subject's unit,
 *       or — when the subject heads the unit themselves — the subject's direct superior.</li>
 *   <li>Only enabled staff get tasks.</li>
 *   <li>The applicant does not approve their own request unless they are the only possible
 *       approver (so a sole administrator can still approve the demo role-change chain).</li>
 *   <li>Nobody found → the holders of role {@value #FALLBACK_ROLE} (the same rules apply), marked as
 *       a fallback; nobody there either → an empty answer, and the step is skipped.</li>
 * </ul>
 */
@Component
class ApproverPolicy implements ApproverResolver {

    static final String FALLBACK_ROLE = "ADMIN";

    private final ApproverDirectory directory;

    ApproverPolicy(ApproverDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Resolution resolve(StepRule rule, long applicantStaffId, long subjectStaffId) {
        var found = eligible(candidates(rule, subjectStaffId), applicantStaffId);
        if (!found.isEmpty()) {
            return new Resolution(found, false);
        }
        return new Resolution(eligible(directory.staffWithRole(FALLBACK_ROLE), applicantStaffId), true);
    }

    private List<Long> candidates(StepRule rule, long subject) {
        return switch (rule.approverKind()) {
            case ROLE -> directory.staffWithRole(rule.roleCode());
            case PERSON -> List.of(rule.personStaffId());
            case DIRECT_SUPERIOR -> directory.directSuperiorOf(subject).stream().toList();
            case UNIT_HEAD -> {
                Optional<Long> head = directory.unitHeadOf(subject);
                if (head.isPresent() && head.get() == subject) {
                    head = directory.directSuperiorOf(subject);
                }
                yield head.stream().toList();
            }
        };
    }

    private List<Long> eligible(List<Long> candidates, long applicant) {
        var active = new ArrayList<Long>();
        for (var id : new LinkedHashSet<>(candidates)) {
            if (id != null && directory.isActiveStaff(id)) {
                active.add(id);
            }
        }
        active.sort(null);
        if (active.size() > 1) {
            active.remove(Long.valueOf(applicant));
        }
        return List.copyOf(active);
    }
}
