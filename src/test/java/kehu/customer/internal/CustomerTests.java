package kehu.customer.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;

import kehu.customer.AbcClass;
import kehu.customer.Classification;
import kehu.customer.CustomerKind;
import kehu.customer.CustomerStatus;
import kehu.customer.LoyaltyType;
import kehu.shared.DomainException;

import org.junit.jupiter.api.Test;

/** The customer aggregate guards its lifecycle and ownership moves. */
class CustomerTests {

    static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

    static Customer aPotentialCustomer() {
        return Customer.register(CustomerKind.INDIVIDUAL, new Profile("张三", "11010519491231002X", "13800138000", null,
                "110105", "建国路 1 号", null, "转介绍", null, Set.of("理财")), null, NOW);
    }

    static String keyOf(Runnable move) {
        try {
            move.run();
        } catch (DomainException e) {
            return e.violations().isEmpty() ? e.messageKey() : e.violations().get(0).messageKey();
        }
        throw new AssertionError("allowed");
    }

    @Test
    void aNewCustomerIsAPotentialOneInThePool() {
        var c = aPotentialCustomer();
        assertThat(c.getStatus()).isEqualTo(CustomerStatus.POTENTIAL);
        assertThat(c.inPool()).isTrue();
        assertThat(c.getNameNormalized()).isEqualTo("张三");
    }

    @Test
    void refusesToRegisterACustomerAsLostOrClosed() {
        assertThat(keyOf(() -> Customer.register(CustomerKind.INDIVIDUAL, aProfile(), CustomerStatus.CLOSED, NOW)))
                .isEqualTo("customer.status.notWorking");
    }

    @Test
    void reportsWhatADescriptionChanged() {
        var c = aPotentialCustomer();
        var changes = c.describe(new Profile("张三丰", "11010519491231002X", "13900139000", null, "110105", "建国路 1 号", null,
                "转介绍", null, Set.of("理财", "VIP")));
        assertThat(changes).extracting(FieldChange::field).containsExactly("name", "mobile", "tags");
        assertThat(changes.get(1)).isEqualTo(new FieldChange("mobile", "13800138000", "13900139000"));
        assertThat(changes.get(2).newValue()).isEqualTo("VIP,理财");
    }

    @Test
    void closingTwiceIsRefused() {
        var c = aPotentialCustomer();
        c.close("企业注销", NOW);
        assertThat(c.getStatus()).isEqualTo(CustomerStatus.CLOSED);
        assertThat(keyOf(() -> c.close("再次销户", NOW))).isEqualTo("customer.lifecycle.alreadyClosed");
    }

    @Test
    void markingLostTwiceIsRefusedButALostCustomerCanBeClosed() {
        var c = aPotentialCustomer();
        c.markLost("转至他行", NOW);
        assertThat(keyOf(() -> c.markLost("again", NOW))).isEqualTo("customer.lifecycle.alreadyLost");
        c.close("不再往来", NOW);
        assertThat(c.getStatus()).isEqualTo(CustomerStatus.CLOSED);
    }

    @Test
    void aClosedCustomerIsReadOnlyUntilReopened() {
        var c = aPotentialCustomer();
        c.close("企业注销", NOW);
        assertThat(keyOf(() -> c.describe(aProfile()))).isEqualTo("customer.closed.readOnly");
        assertThat(keyOf(() -> c.markLost("x", NOW))).isEqualTo("customer.closed.readOnly");
        assertThat(keyOf(() -> c.transferTo(2, 2, "x", NOW))).isEqualTo("customer.closed.readOnly");
        assertThat(keyOf(() -> c.classify(new Classification(AbcClass.A, null, null, null, false), "x")))
                .isEqualTo("customer.closed.readOnly");
        assertThat(c.reopen("重新开户", NOW)).isEqualTo(CustomerStatus.CLOSED);
        assertThat(c.getStatus()).isEqualTo(CustomerStatus.ACTIVE);
        assertThat(c.describe(aProfile())).isNotEmpty();
    }

    @Test
    void onlyLostOrClosedCustomersCanBeReopened() {
        assertThat(keyOf(() -> aPotentialCustomer().reopen("why", NOW))).isEqualTo("customer.lifecycle.notEnded");
    }

    @Test
    void lifecycleMovesNeedAReason() {
        assertThat(keyOf(() -> aPotentialCustomer().close(" ", NOW))).isEqualTo("validation.required");
        assertThat(keyOf(() -> aPotentialCustomer().markLost(null, NOW))).isEqualTo("validation.required");
    }

    @Test
    void theFormChangesOnlyBetweenWorkingStates() {
        var c = aPotentialCustomer();
        assertThat(c.changeStatus(CustomerStatus.ACTIVE, NOW)).extracting(FieldChange::newValue).containsExactly("ACTIVE");
        assertThat(keyOf(() -> c.changeStatus(CustomerStatus.LOST, NOW))).isEqualTo("customer.status.notWorking");
        c.markLost("gone", NOW);
        assertThat(keyOf(() -> c.changeStatus(CustomerStatus.ACTIVE, NOW))).isEqualTo("customer.status.useReopen");
    }

    @Test
    void ownershipMovesAreGuarded() {
        var c = aPotentialCustomer();
        assertThat(keyOf(() -> c.transferTo(7, 3, "why", NOW))).isEqualTo("customer.transfer.inPool");
        c.claimBy(7, 3, NOW);
        assertThat(c.getOwnerStaffId()).isEqualTo(7L);
        assertThat(c.getOwnerUnitId()).isEqualTo(3L);
        assertThat(keyOf(() -> c.claimBy(8, 4, NOW))).isEqualTo("customer.pool.alreadyClaimed");
        assertThat(keyOf(() -> c.transferTo(7, 3, "why", NOW))).isEqualTo("customer.transfer.sameManager");
        assertThat(keyOf(() -> c.transferTo(8, 4, "", NOW))).isEqualTo("validation.required");
        assertThat(c.transferTo(8, 4, "岗位调整", NOW)).isEqualTo(7L);
        assertThat(c.returnToPool("长期未跟进", NOW)).isEqualTo(8L);
        assertThat(c.inPool()).isTrue();
        assertThat(c.getOwnerUnitId()).isNull();
        assertThat(keyOf(() -> c.returnToPool("again", NOW))).isEqualTo("customer.pool.alreadyInPool");
    }

    @Test
    void theOwnerIsNeverAlsoACollaborator() {
        var c = aPotentialCustomer();
        c.claimBy(7, 3, NOW);
        assertThat(keyOf(() -> c.setCollaborators(Set.of(7L, 9L)))).isEqualTo("customer.collaborators.owner");
        c.setCollaborators(Set.of(9L));
        c.transferTo(9, 3, "协办人接手", NOW);
        assertThat(c.getCollaboratorIds()).isEmpty();
    }

    @Test
    void classificationNeedsAReasonAndAChange() {
        var c = aPotentialCustomer();
        var next = new Classification(AbcClass.A, LoyaltyType.PARTNER, null, "AAA", true);
        assertThat(keyOf(() -> c.classify(next, ""))).isEqualTo("validation.required");
        assertThat(c.classify(next, "年度评定")).extracting(FieldChange::field)
                .containsExactly("abcClass", "loyalty", "creditGrade", "vip");
        assertThat(keyOf(() -> c.classify(next, "again"))).isEqualTo("customer.classify.unchanged");
    }

    @Test
    void aFollowUpOnlyMovesForward() {
        var c = aPotentialCustomer();
        assertThat(c.recordFollowUp(NOW)).isTrue();
        assertThat(c.recordFollowUp(NOW.minusSeconds(60))).isFalse();
        assertThat(c.getLastFollowUpAt()).isEqualTo(NOW);
    }

    static Profile aProfile() {
        return new Profile("李四", null, null, null, null, null, null, null, null, Set.of());
    }
}
