package kehu.customer;

import static kehu.customer.CustomerApiClient.individual;
import static kehu.customer.CustomerApiClient.signedIn;
import static kehu.customer.CustomerApiClient.unique;
import static kehu.customer.CustomerApiClient.with;
import static kehu.support.Users.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import kehu.customer.internal.ChangeRecords;
import kehu.customer.internal.Customers;
import kehu.customer.internal.TimelineRecords;
import kehu.organization.DataScope;
import kehu.organization.DataScopeKind;
import kehu.organization.KehuUser;
import kehu.organization.internal.Roles;
import kehu.organization.internal.StaffForm;
import kehu.organization.internal.StaffManagement;
import kehu.shared.DomainException;
import kehu.support.KehuTest;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/** Assignment and the public pool (CUS-5): transfers with history and events, claims within the limit, claim races. */
@KehuTest
@RecordApplicationEvents
class CustomerAssignmentTests {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JsonMapper json;
    @Autowired Customers customers;
    @Autowired ChangeRecords history;
    @Autowired TimelineRecords timeline;
    @Autowired CustomerAssignment assignment;
    @Autowired CustomerManagement management;
    @Autowired StaffManagement staff;
    @Autowired Roles roles;
    @Autowired ApplicationEvents events;

    CustomerApiClient api;

    @BeforeEach
    void setUp() {
        api = new CustomerApiClient(mvc, users, json);
    }

    long staffId(String username) {
        return ((KehuUser) users.loadUserByUsername(username)).staffId();
    }

    long customerOf(String manager) throws Exception {
        return api.create("admin", with(individual(unique("管户客户")), "ownerStaffId", staffId(manager)));
    }

    long poolCustomer() throws Exception {
        return api.create("admin", individual(unique("公海客户")));
    }

    @Test
    void aTransferPublishesTheEventAndKeepsHistoryAndTimeline() throws Exception {
        var id = customerOf("manager");
        api.post("admin", "/api/v1/customers/" + id + "/transfer", Map.of("toStaffId", staffId("manager2"), "reason", "片区调整"))
                .andExpect(status().isNoContent());
        var c = customers.findById(id).orElseThrow();
        assertThat(c.getOwnerStaffId()).isEqualTo(staffId("manager2"));
        assertThat(c.getOwnerUnitId()).isEqualTo(((KehuUser) users.loadUserByUsername("manager2")).unitId());
        assertThat(events.stream(CustomerTransferred.class).filter(e -> e.customerId() == id)).singleElement()
                .satisfies(e -> {
                    assertThat(e.fromStaffId()).isEqualTo(staffId("manager"));
                    assertThat(e.toStaffId()).isEqualTo(staffId("manager2"));
                    assertThat(e.reason()).isEqualTo("片区调整");
                });
        var owner = history.findByCustomerIdOrderByChangedAtDescIdDesc(id, PageRequest.of(0, 5)).getContent().get(0);
        assertThat(owner.getField()).isEqualTo("owner");
        assertThat(owner.getOldValue()).isEqualTo("刘经理");
        assertThat(owner.getNewValue()).isEqualTo("周经理");
        assertThat(owner.getReason()).isEqualTo("片区调整");
        var entry = timeline.findByCustomerIdOrderByAtDescIdDesc(id, PageRequest.of(0, 1)).getContent().get(0);
        assertThat(entry.getKind()).isEqualTo("transferred");
        assertThat(entry.getTitle()).isEqualTo("刘经理 → 周经理");
        assertThat(entry.getDetail()).isEqualTo("片区调整");
        // the old manager no longer sees it, the new one does
        api.get("manager", "/api/v1/customers/" + id).andExpect(status().isNotFound());
        api.get("manager2", "/api/v1/customers/" + id).andExpect(status().isOk());
    }

    @Test
    void aTransferNeedsAReasonAndAKnownManager() throws Exception {
        var id = customerOf("manager");
        api.post("admin", "/api/v1/customers/" + id + "/transfer", Map.of("toStaffId", staffId("manager2"), "reason", " "))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        api.post("admin", "/api/v1/customers/" + id + "/transfer", Map.of("toStaffId", 987654, "reason", "x"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("toStaffId"));
        assertThat(customers.findById(id).orElseThrow().getOwnerStaffId()).isEqualTo(staffId("manager"));
        assertThat(events.stream(CustomerTransferred.class).filter(e -> e.customerId() == id)).isEmpty();
    }

    @Test
    void aManagerHandsTheirOwnCustomerOver() throws Exception {
        var id = customerOf("manager");
        var page = mvc.perform(post("/customers/" + id + "/transfer").with(as(users, "manager")).with(csrf())
                        .param("toStaffId", String.valueOf(staffId("manager2"))).param("reason", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(org.jsoup.Jsoup.parse(page).select("#transfer-form input[name=reason].is-invalid")).hasSize(1);
        mvc.perform(post("/customers/" + id + "/transfer").with(as(users, "manager")).with(csrf())
                        .param("toStaffId", String.valueOf(staffId("manager2"))).param("reason", "调岗交接"))
                .andExpect(status().isFound());
        assertThat(customers.findById(id).orElseThrow().getOwnerStaffId()).isEqualTo(staffId("manager2"));
    }

    @Test
    void aBulkTransferMovesAllSelectedCustomers() throws Exception {
        var ids = List.of(customerOf("manager"), customerOf("manager"), customerOf("manager"));
        mvc.perform(post("/customers/transfer").with(as(users, "admin")).with(csrf())
                        .param("customerIds", ids.stream().map(String::valueOf).toArray(String[]::new))
                        .param("toStaffId", String.valueOf(staffId("manager2"))).param("reason", "客户经理离职"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/customers"))
                .andExpect(flash().attribute("flash", "已移交 3 位客户。"));
        assertThat(customers.findByIdIn(ids)).allSatisfy(c -> assertThat(c.getOwnerStaffId()).isEqualTo(staffId("manager2")));
        assertThat(events.stream(CustomerTransferred.class).filter(e -> ids.contains(e.customerId()))).hasSize(3)
                .allSatisfy(e -> assertThat(e.reason()).isEqualTo("客户经理离职"));
    }

    @Test
    void aBulkTransferIsAllOrNothing() throws Exception {
        var mine = customerOf("manager");
        var notMine = customerOf("manager2");
        api.post("manager", "/api/v1/customers/transfer",
                        Map.of("customerIds", List.of(mine, notMine), "toStaffId", staffId("manager2"), "reason", "x"))
                .andExpect(status().isNotFound());
        assertThat(customers.findById(mine).orElseThrow().getOwnerStaffId()).isEqualTo(staffId("manager"));
        api.post("admin", "/api/v1/customers/transfer", Map.of("customerIds", List.of(), "toStaffId", staffId("manager2"), "reason", "x"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("customerIds"));
        // the page shows the error next to the bulk form
        var page = mvc.perform(post("/customers/transfer").with(as(users, "admin")).with(csrf())
                        .param("toStaffId", String.valueOf(staffId("manager2"))).param("reason", "x"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("请先在列表中勾选要移交的客户");
    }

    @Test
    void aManagerClaimsFromThePoolAndTheCustomerLeavesIt() throws Exception {
        var id = poolCustomer();
        mvc.perform(get("/customers/pool").param("name", customers.findById(id).orElseThrow().getName()).with(as(users, "manager")))
                .andExpect(status().isOk()).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                        .content().string(Matchers.containsString("data-id=\"" + id + "\"")));
        // a pool customer can be looked at before claiming
        mvc.perform(get("/customers/" + id).with(as(users, "manager"))).andExpect(status().isOk());
        mvc.perform(post("/customers/" + id + "/claim").with(as(users, "manager")).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/customers/" + id));
        assertThat(customers.findById(id).orElseThrow().getOwnerStaffId()).isEqualTo(staffId("manager"));
        assertThat(events.stream(CustomerTransferred.class).filter(e -> e.customerId() == id)).singleElement()
                .satisfies(e -> {
                    assertThat(e.fromStaffId()).isNull();
                    assertThat(e.toStaffId()).isEqualTo(staffId("manager"));
                });
        // the second manager is told clearly
        mvc.perform(post("/customers/" + id + "/claim").with(as(users, "manager2")).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/customers/pool"))
                .andExpect(flash().attribute("error", "该客户已被其他客户经理认领，请刷新公海列表。"));
        api.post("manager2", "/api/v1/customers/" + id + "/claim", null).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("该客户已被其他客户经理认领，请刷新公海列表。"));
    }

    @Test
    void aManagerAtTheLimitCannotClaim() throws Exception {
        var username = "limit" + System.nanoTime() % 100000;
        var unitId = ((KehuUser) users.loadUserByUsername("manager")).unitId();
        var all = new DataScope(DataScopeKind.ALL, staffId("admin"), Set.of(), Set.of());
        long newManager = signedIn(users, "admin", () -> staff.create(new StaffForm(username, "满额经理", unitId, null, null,
                null, null, Set.of()), all).staff().getId());
        staff.applyRoles(newManager, Set.of(roles.findByCode("CUSTOMER_MANAGER").orElseThrow().getId()));
        var forms = new ArrayList<CustomerForm>();
        for (int i = 0; i < assignment.claimLimit(); i++) {
            var b = individual(unique("满额客户"));
            forms.add(new CustomerForm(CustomerKind.INDIVIDUAL, (String) b.get("name"), (String) b.get("idNumber"),
                    (String) b.get("mobile"), null, null, null, null, null, null, null, null, newManager, null, null, null,
                    null, null, null, null, null));
        }
        signedIn(users, "admin", () -> management.createAll(forms, all));
        assertThat(assignment.ownedBy(newManager)).isEqualTo(assignment.claimLimit());
        var id = poolCustomer();
        var refusal = signedIn(users, "admin", () -> {
            try {
                assignment.claim(id, newManager);
                return null;
            } catch (DomainException e) {
                return e;
            }
        });
        assertThat(refusal).isNotNull();
        assertThat(refusal.messageKey()).isEqualTo("customer.pool.limitReached");
        assertThat(customers.findById(id).orElseThrow().inPool()).isTrue();
        // closing one frees a place
        var one = customers.findAll().stream().filter(c -> Long.valueOf(newManager).equals(c.getOwnerStaffId())).findFirst()
                .orElseThrow().getId();
        signedIn(users, "admin", () -> {
            management.close(one, "销户", all);
            assignment.claim(id, newManager);
            return null;
        });
        assertThat(customers.findById(id).orElseThrow().getOwnerStaffId()).isEqualTo(newManager);
    }

    @Test
    void whenTwoManagersClaimTheSameCustomerAtOnceOneWins() throws Exception {
        var pool = executor();
        try {
            for (int round = 0; round < 5; round++) {
                var id = poolCustomer();
                var barrier = new CyclicBarrier(2);
                var winners = new ConcurrentLinkedQueue<String>();
                var refusals = new ConcurrentLinkedQueue<String>();
                var futures = new ArrayList<java.util.concurrent.Future<?>>();
                for (var who : List.of("manager", "manager2")) {
                    futures.add(pool.submit(() -> signedIn(users, who, () -> {
                        try {
                            barrier.await(10, TimeUnit.SECONDS);
                            assignment.claim(id, staffId(who));
                            winners.add(who);
                        } catch (DomainException e) {
                            refusals.add(e.messageKey());
                        } catch (Exception e) {
                            refusals.add(e.toString());
                        }
                        return null;
                    })));
                }
                for (var f : futures) {
                    f.get(30, TimeUnit.SECONDS);
                }
                assertThat(winners).as("round " + round).hasSize(1);
                assertThat(refusals).as("round " + round).containsExactly("customer.pool.alreadyClaimed");
                assertThat(customers.findById(id).orElseThrow().getOwnerStaffId()).isEqualTo(staffId(winners.peek()));
                assertThat(timeline.findByCustomerIdOrderByAtDescIdDesc(id, PageRequest.of(0, 10)).getContent())
                        .filteredOn(e -> e.getKind().equals("claimed")).hasSize(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    static java.util.concurrent.ExecutorService executor() {
        return Executors.newFixedThreadPool(2);
    }

    @Test
    void aCustomerReturnsToThePoolWithAReason() throws Exception {
        var id = customerOf("manager");
        api.post("manager", "/api/v1/customers/" + id + "/return-to-pool", Map.of("reason", "客户搬离本区"))
                .andExpect(status().isNoContent());
        var c = customers.findById(id).orElseThrow();
        assertThat(c.inPool()).isTrue();
        assertThat(events.stream(CustomerTransferred.class).filter(e -> e.customerId() == id)).singleElement()
                .satisfies(e -> assertThat(e.toStaffId()).isNull());
        api.get("manager2", "/api/v1/customers/pool?size=200").andExpect(jsonPath("$.content[*].id", Matchers.hasItem((int) id)));
    }

    @Test
    void theFollowUpDateMovesForwardOnly() throws Exception {
        var id = customerOf("manager");
        var at = java.time.Instant.parse("2026-05-01T02:00:00Z");
        management.recordFollowUp(id, at);
        management.recordFollowUp(id, at.minusSeconds(3600));
        assertThat(customers.findById(id).orElseThrow().getLastFollowUpAt()).isEqualTo(at);
        assertThat(events.stream(CustomerChanged.class).filter(e -> e.customerId() == id)).isNotEmpty();
    }
}
