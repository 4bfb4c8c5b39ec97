package kehu.servicedesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import kehu.customer.AbcClass;
import kehu.customer.CustomerForm;
import kehu.customer.CustomerKind;
import kehu.customer.CustomerManagement;
import kehu.customer.CustomerStatus;
import kehu.organization.DataScopes;
import kehu.organization.KehuUser;
import kehu.organization.Permissions;
import kehu.servicedesk.internal.PeriodicVisits;
import kehu.servicedesk.internal.ReturnVisit;
import kehu.servicedesk.internal.ReturnVisits;
import kehu.servicedesk.internal.VisitRule;
import kehu.servicedesk.internal.VisitRules;
import kehu.support.KehuTest;
import kehu.support.MutableClock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * SVC-5 periodic return visits: each period, one visit per customer of the rule's class who has a manager, due within
 * the period, made by that manager; planning again plans nothing twice; the next period plans again.
 */
@KehuTest
class PeriodicVisitTests {

    @Autowired PeriodicVisits periodic;
    @Autowired ReturnVisits visits;
    @Autowired VisitRules rules;
    @Autowired CustomerManagement customers;
    @Autowired DataScopes scopes;
    @Autowired UserDetailsService users;
    @Autowired TransactionTemplate tx;
    @Autowired MutableClock clock;

    static long n;

    @AfterEach
    void tearDown() {
        clock.reset();
        SecurityContextHolder.clearContext();
    }

    <T> T as(String username, Supplier<T> work) {
        var user = users.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    KehuUser user(String username) {
        return (KehuUser) users.loadUserByUsername(username);
    }

    long customer(String name, AbcClass abc, Long ownerStaffId) {
        return as("admin", () -> customers.create(new CustomerForm(CustomerKind.INDIVIDUAL, name + (++n), "", "", "", "", "", "",
                "", CustomerStatus.ACTIVE, Set.of(), "", ownerStaffId, abc, null, null, "", false, Map.of(), "", null),
                scopes.of(user("admin").staffId(), Permissions.CUSTOMER_EDIT), true));
    }

    java.util.List<ReturnVisit> periodicOf(long customerId) {
        return visits.findByCustomerIdOrderByIdAsc(customerId).stream().filter(v -> v.getKind() == VisitKind.PERIODIC).toList();
    }

    @Test
    void keyCustomersAreVisitedByTheirManagerOnceAMonth() {
        var manager = user("manager");
        long key = customer("重点客户", AbcClass.A, manager.staffId());
        long ordinary = customer("普通客户", AbcClass.B, manager.staffId());
        long inPool = customer("公海重点客户", AbcClass.A, null);

        clock.set(Instant.parse("2026-12-07T02:00:00Z"));
        int planned = periodic.plan();
        assertThat(planned).isGreaterThanOrEqualTo(1);
        var december = periodicOf(key);
        assertThat(december).hasSize(1);
        var v = december.get(0);
        assertThat(v.getDueFrom()).isEqualTo(LocalDate.parse("2026-12-01"));
        assertThat(v.getDueBy()).isEqualTo(LocalDate.parse("2026-12-31"));
        assertThat(v.getStaffId()).as("the customer's manager visits").isEqualTo(manager.staffId());
        assertThat(v.getUnitId()).isEqualTo(manager.unitId());
        assertThat(v.getSourceKey()).endsWith("-2026-12-" + key);
        assertThat(periodicOf(ordinary)).as("class B is not a key customer").isEmpty();
        assertThat(periodicOf(inPool)).as("nobody is accountable for a pool customer").isEmpty();

        // later the same month, or a second node running at once: nothing twice
        clock.set(Instant.parse("2026-12-20T02:00:00Z"));
        periodic.plan();
        assertThat(periodicOf(key)).hasSize(1);

        // the next month plans the next visit
        clock.set(Instant.parse("2027-01-02T02:00:00Z"));
        periodic.plan();
        var both = periodicOf(key);
        assertThat(both).hasSize(2);
        assertThat(both.get(1).getDueFrom()).isEqualTo(LocalDate.parse("2027-01-01"));
        assertThat(both.get(1).getDueBy()).isEqualTo(LocalDate.parse("2027-01-31"));
    }

    @Test
    void theYearlyRuleOnceSwitchedOnVisitsEveryCustomerWithAManagerOnceAYear() {
        var manager = user("manager2");
        long ordinary = customer("年度回访客户", AbcClass.C, manager.staffId());
        clock.set(Instant.parse("2026-03-15T02:00:00Z"));
        periodic.plan();
        assertThat(periodicOf(ordinary)).as("the yearly rule ships switched off").isEmpty();

        var yearly = rules.findAllByOrderByIdAsc().stream().filter(r -> r.getCode().equals("all-yearly")).findFirst().orElseThrow();
        setActive(yearly.getId(), true);
        try {
            periodic.plan();
            periodic.plan();
            var visit = periodicOf(ordinary);
            assertThat(visit).hasSize(1);
            assertThat(visit.get(0).getDueFrom()).isEqualTo(LocalDate.parse("2026-01-01"));
            assertThat(visit.get(0).getDueBy()).isEqualTo(LocalDate.parse("2026-12-31"));
            assertThat(visit.get(0).getSubject()).startsWith("客户年度回访 2026 ");
        } finally {
            setActive(yearly.getId(), false);
        }
    }

    void setActive(long ruleId, boolean active) {
        tx.executeWithoutResult(s -> {
            VisitRule r = rules.findById(ruleId).orElseThrow();
            r.change(r.getName(), r.getMinDays(), r.getMaxDays(), r.getSecondTierDays(), r.getQuestionnaireTemplateId(), active);
        });
    }
}
