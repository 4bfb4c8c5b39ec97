package kehu.customer;

import static kehu.customer.CustomerApiClient.individual;
import static kehu.customer.CustomerApiClient.unique;
import static kehu.customer.CustomerApiClient.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import kehu.customer.internal.Customers;
import kehu.customer.internal.TimelineRecords;
import kehu.organization.KehuUser;
import kehu.support.KehuTest;
import kehu.support.MutableClock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/**
 * Customers nobody follows up return to the public pool after a warning (CUS-5). Moving the clock by a month
 * would recycle the demo customers too, so this class throws its application context away afterwards.
 */
@KehuTest
@RecordApplicationEvents
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PoolRecyclingTests {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JsonMapper json;
    @Autowired Customers customers;
    @Autowired TimelineRecords timeline;
    @Autowired PoolRecycling recycling;
    @Autowired CustomerManagement management;
    @Autowired MutableClock clock;
    @Autowired ApplicationEvents events;

    CustomerApiClient api;
    Instant start;

    @BeforeEach
    void setUp() {
        api = new CustomerApiClient(mvc, users, json);
        start = Instant.parse("2026-03-02T02:00:00Z");
        clock.set(start);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    long classCCustomerOfManager() throws Exception {
        long manager = ((KehuUser) users.loadUserByUsername("manager")).staffId();
        return api.create("admin", with(individual(unique("无人跟进")), "ownerStaffId", manager, "abcClass", "C"));
    }

    @Test
    void aCustomerWithoutFollowUpIsWarnedOnceThenReturnsToThePool() throws Exception {
        long id = classCCustomerOfManager(); // class C: 30 days, warned 7 days before

        clock.set(start.plus(Duration.ofDays(22)));
        recycling.processDue();
        assertThat(customers.findById(id).orElseThrow().getPoolWarnedAt()).isNull();

        clock.set(start.plus(Duration.ofDays(24)));
        recycling.processDue();
        var warnedAt = customers.findById(id).orElseThrow().getPoolWarnedAt();
        assertThat(warnedAt).isEqualTo(clock.instant());
        assertThat(events.stream(CustomerPoolReturnWarned.class).filter(e -> e.customerId() == id))
                .singleElement()
                // due on day 30, but never sooner than 7 days after the warning
                .satisfies(e -> assertThat(e.returnsAt()).isEqualTo(start.plus(Duration.ofDays(31))));
        recycling.processDue(); // a second run warns nobody twice
        assertThat(events.stream(CustomerPoolReturnWarned.class).filter(e -> e.customerId() == id)).hasSize(1);

        clock.set(start.plus(Duration.ofDays(29)));
        recycling.processDue();
        assertThat(customers.findById(id).orElseThrow().getOwnerStaffId()).isNotNull();

        clock.set(start.plus(Duration.ofDays(31)));
        recycling.processDue();
        var back = customers.findById(id).orElseThrow();
        assertThat(back.getOwnerStaffId()).isNull();
        assertThat(back.getPoolWarnedAt()).isNull();
        assertThat(events.stream(CustomerTransferred.class).filter(e -> e.customerId() == id && e.toStaffId() == null))
                .hasSize(1);
        assertThat(timeline.findAll()).filteredOn(t -> t.getCustomerId() == id)
                .extracting(t -> t.getKind()).contains("poolWarning", "returnedToPool");

        recycling.processDue(); // nothing more happens to it
        assertThat(events.stream(CustomerTransferred.class).filter(e -> e.customerId() == id)).hasSize(1); // only the return
    }

    @Test
    void aFollowUpAfterTheWarningKeepsTheCustomer() throws Exception {
        long id = classCCustomerOfManager();
        clock.set(start.plus(Duration.ofDays(24)));
        recycling.processDue();
        assertThat(customers.findById(id).orElseThrow().getPoolWarnedAt()).isNotNull();

        clock.set(start.plus(Duration.ofDays(26)));
        management.recordFollowUp(id, clock.instant());
        assertThat(customers.findById(id).orElseThrow().getPoolWarnedAt()).isNull();

        clock.set(start.plus(Duration.ofDays(40)));
        recycling.processDue();
        assertThat(customers.findById(id).orElseThrow().getOwnerStaffId()).isNotNull();
    }
}
