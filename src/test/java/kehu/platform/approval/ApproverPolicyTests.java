package kehu.platform.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import kehu.platform.ApproverDirectory;

import org.junit.jupiter.api.Test;

class ApproverPolicyTests {

    /** A small organisation: 1 admin; 2 gm (head of unit G); 3 supervisor (head of unit C, superior gm); 4 clerk (unit C, superior supervisor). */
    static class Directory implements ApproverDirectory {
        final Map<String, List<Long>> roles = new HashMap<>(Map.of("ADMIN", List.of(1L), "MANAGER", List.of(3L, 4L)));
        final Map<Long, Long> superiors = new HashMap<>(Map.of(3L, 2L, 4L, 3L));
        final Map<Long, Long> heads = new HashMap<>(Map.of(2L, 2L, 3L, 3L, 4L, 3L));
        final Set<Long> disabled = new java.util.HashSet<>();

        public List<Long> staffWithRole(String roleCode) {
            return roles.getOrDefault(roleCode, List.of()).stream().filter(id -> !disabled.contains(id)).toList();
        }

        public Optional<Long> directSuperiorOf(long staffId) {
            return Optional.ofNullable(superiors.get(staffId));
        }

        public Optional<Long> unitHeadOf(long staffId) {
            return Optional.ofNullable(heads.get(staffId));
        }

        public boolean isActiveStaff(long staffId) {
            return staffId >= 1 && staffId <= 4 && !disabled.contains(staffId);
        }

        public String displayName(long staffId) {
            return "#" + staffId;
        }

        public boolean roleExists(String roleCode) {
            return roles.containsKey(roleCode);
        }

        public Optional<Long> staffIdByUsername(String username) {
            return Optional.empty();
        }

        public Optional<String> usernameOf(long staffId) {
            return Optional.empty();
        }
    }

    final Directory directory = new Directory();
    final ApproverPolicy policy = new ApproverPolicy(directory);

    static StepRule rule(ApproverKind kind, String role, Long person) {
        return new StepRule(kind, role, person, ApprovalMode.ANY_OF, null, Duration.ofHours(1), TimeoutAction.REJECT);
    }

    @Test
    void directSuperiorIsTheSubjectsSuperior() {
        var r = policy.resolve(rule(ApproverKind.DIRECT_SUPERIOR, null, null), 4, 3);
        assertThat(r.approvers()).containsExactly(2L);
        assertThat(r.fallback()).isFalse();
    }

    @Test
    void unitHeadOfTheHeadThemselvesIsTheirSuperior() {
        assertThat(policy.resolve(rule(ApproverKind.UNIT_HEAD, null, null), 1, 4).approvers()).containsExactly(3L);
        assertThat(policy.resolve(rule(ApproverKind.UNIT_HEAD, null, null), 1, 3).approvers()).containsExactly(2L);
    }

    @Test
    void applicantDoesNotApproveTheirOwnRequestWhenSomeoneElseCan() {
        assertThat(policy.resolve(rule(ApproverKind.ROLE, "MANAGER", null), 4, 4).approvers()).containsExactly(3L);
        assertThat(policy.resolve(rule(ApproverKind.ROLE, "MANAGER", null), 1, 4).approvers()).containsExactly(3L, 4L);
    }

    @Test
    void soleApproverMayApproveTheirOwnRequest() {
        assertThat(policy.resolve(rule(ApproverKind.ROLE, "ADMIN", null), 1, 4).approvers()).containsExactly(1L);
    }

    @Test
    void disabledPersonGetsNoTaskAndTheStepFallsBackToTheAdministrators() {
        directory.disabled.add(3L);
        var r = policy.resolve(rule(ApproverKind.PERSON, null, 3L), 4, 4);
        assertThat(r.approvers()).containsExactly(1L);
        assertThat(r.fallback()).isTrue();
    }

    @Test
    void nobodyAtAllGivesAnEmptyAnswer() {
        directory.disabled.add(1L);
        var r = policy.resolve(rule(ApproverKind.DIRECT_SUPERIOR, null, null), 4, 2);
        assertThat(r.approvers()).isEmpty();
        assertThat(r.fallback()).isTrue();
    }
}
