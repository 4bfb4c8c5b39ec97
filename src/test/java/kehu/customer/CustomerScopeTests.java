package kehu.customer;

import static kehu.customer.CustomerApiClient.individual;
import static kehu.customer.CustomerApiClient.unique;
import static kehu.customer.CustomerApiClient.with;
import static kehu.support.Users.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import kehu.customer.internal.Customers;
import kehu.organization.KehuUser;
import kehu.shared.AuditableAction;
import kehu.support.KehuTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import tools.jackson.databind.json.JsonMapper;

/** Data scopes (ORG-2) and masking (ORG-4) on customers: every list and read obeys them. */
@KehuTest
@RecordApplicationEvents
class CustomerScopeTests {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JsonMapper json;
    @Autowired Customers customers;
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
        return api.create("admin", with(individual(unique("范围客户")), "ownerStaffId", staffId(manager)));
    }

    List<Integer> listedIds(String user) throws Exception {
        var answer = api.get(user, "/api/v1/customers?size=200").andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        return JsonPath.read(answer, "$.content[*].id");
    }

    @Test
    void aManagerSeesOnlyTheirOwnCustomers() throws Exception {
        var mine = customerOf("manager");
        var theirs = customerOf("manager2");
        var listed = listedIds("manager");
        assertThat(listed).contains((int) mine).doesNotContain((int) theirs);
        var me = staffId("manager");
        assertThat(listed).allSatisfy(id -> {
            var c = customers.findById(id.longValue()).orElseThrow();
            assertThat(c.getOwnerStaffId() != null && c.getOwnerStaffId() == me || c.isCollaborator(me)).isTrue();
        });
    }

    @Test
    void anotherManagerCannotReadTheCustomerThroughThePageOrTheApi() throws Exception {
        var id = customerOf("manager");
        mvc.perform(get("/customers/" + id).with(as(users, "manager2"))).andExpect(status().isNotFound());
        api.get("manager2", "/api/v1/customers/" + id).andExpect(status().isNotFound());
        api.get("manager2", "/api/v1/customers/" + id + "/timeline").andExpect(status().isNotFound());
        api.put("manager2", "/api/v1/customers/" + id, with(individual("改名"), "version", 0)).andExpect(status().isNotFound());
        api.post("manager2", "/api/v1/customers/" + id + "/close", Map.of("reason", "x")).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/sensitive/customer/" + id + "/mobile").with(as(users, "manager2")).with(csrf()))
                .andExpect(status().isNotFound());
        // and the owner can
        api.get("manager", "/api/v1/customers/" + id).andExpect(status().isOk());
    }

    @Test
    void aCollaboratorSeesTheCustomerToo() throws Exception {
        var id = customerOf("manager");
        api.put("admin", "/api/v1/customers/" + id + "/collaborators", Map.of("collaboratorIds", List.of(staffId("manager2"))))
                .andExpect(status().isNoContent());
        api.get("manager2", "/api/v1/customers/" + id).andExpect(status().isOk())
                .andExpect(jsonPath("$.collaborators[0].name").value("周经理"));
        assertThat(listedIds("manager2")).contains((int) id);
    }

    @Test
    void aUnitHeadSeesTheirSubtreeAndTheGeneralManagerSeesEverything() throws Exception {
        var east = customerOf("manager");   // 城东市场部, under 城东分公司 whose head is 'head'
        var west = customerOf("manager2");  // 城西市场部
        assertThat(listedIds("head")).contains((int) east).doesNotContain((int) west);
        assertThat(listedIds("gm")).contains((int) east, (int) west);
        api.get("head", "/api/v1/customers/" + west).andExpect(status().isNotFound());
        // a wider scope shows more: the head sees more than the manager below, the general manager the most
        assertThat(listedIds("gm").size()).isGreaterThan(listedIds("head").size());
        // viewing is not editing: the head has no customer.edit
        api.put("head", "/api/v1/customers/" + east, with(individual("改名"), "version", 0)).andExpect(status().isForbidden());
    }

    @Test
    void aFloorStewardSeesTheCustomersOfTheirFloors() throws Exception {
        var onF01 = api.create("admin", with(individual(unique("一楼住户")), "areaCode", "F01"));
        var onF09 = api.create("admin", with(individual(unique("九楼住户")), "areaCode", "F09"));
        var listed = listedIds("clerk");
        assertThat(listed).contains((int) onF01).doesNotContain((int) onF09);
        assertThat(listed).allSatisfy(id -> assertThat(customers.findById(id.longValue()).orElseThrow().getAreaCode())
                .isIn("F01", "F02"));
    }

    @Test
    void listsAndReadsShowSensitiveValuesMasked() throws Exception {
        var body = with(individual(unique("遮蔽")), "ownerStaffId", staffId("manager"));
        var id = api.create("admin", body);
        var idNumber = (String) body.get("idNumber");
        var mobile = (String) body.get("mobile");
        api.get("manager", "/api/v1/customers/" + id)
                .andExpect(jsonPath("$.idNumber").value(idNumber.substring(0, 6) + "********" + idNumber.substring(14)))
                .andExpect(jsonPath("$.mobile").value(mobile.substring(0, 3) + "****" + mobile.substring(7)));
        var list = api.get("manager", "/api/v1/customers?size=200").andReturn().getResponse().getContentAsString();
        assertThat(list).doesNotContain(mobile).doesNotContain(idNumber);
        var page = mvc.perform(get("/customers/" + id).with(as(users, "manager"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).doesNotContain(mobile).doesNotContain(idNumber);
    }

    @Test
    void revealingIsAllowedWithThePermissionAndAudited() throws Exception {
        var body = with(individual(unique("揭示")), "ownerStaffId", staffId("manager"));
        var id = api.create("admin", body);
        mvc.perform(post("/api/v1/sensitive/customer/" + id + "/idNumber").with(as(users, "manager")).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.value").value((String) body.get("idNumber")));
        assertThat(events.stream(AuditableAction.class).filter(a -> a.action().equals("sensitive.reveal")
                && a.actor().equals("manager") && a.targetType().equals("customer") && a.targetId().equals(String.valueOf(id))
                && "idNumber".equals(a.after()))).hasSize(1);
        // the page button answers the fragment
        mvc.perform(post("/sensitive/customer/" + id + "/mobile").with(as(users, "manager")).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString((String) body.get("mobile"))));
        // the general manager may see the customer but not its sensitive values
        mvc.perform(post("/api/v1/sensitive/customer/" + id + "/mobile").with(as(users, "gm")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void contactPhonesAreRevealedTheSameWay() throws Exception {
        var id = customerOf("manager");
        var answer = api.post("manager", "/api/v1/customers/" + id + "/contacts", Map.of("name", "联系人", "phone", "13712345678"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long contactId = ((Number) JsonPath.read(answer, "$.id")).longValue();
        mvc.perform(post("/api/v1/sensitive/customer-contact/" + contactId + "/phone").with(as(users, "manager")).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.value").value("13712345678"));
        mvc.perform(post("/api/v1/sensitive/customer-contact/" + contactId + "/phone").with(as(users, "manager2")).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void aManagerCannotGiveANewCustomerToSomeoneOutsideTheirScope() throws Exception {
        api.post("manager", "/api/v1/customers", with(individual(unique("越权")), "ownerStaffId", staffId("manager2")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("ownerStaffId"));
    }

    @Test
    void withoutCustomerViewThereIsNoList() throws Exception {
        api.get("handler", "/api/v1/customers").andExpect(status().isForbidden());
        mvc.perform(get("/customers").with(as(users, "handler"))).andExpect(status().isForbidden());
    }
}
