package kehu.customer;

import static kehu.customer.CustomerApiClient.individual;
import static kehu.customer.CustomerApiClient.organization;
import static kehu.customer.CustomerApiClient.unique;
import static kehu.customer.CustomerApiClient.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import kehu.organization.KehuUser;
import kehu.support.KehuTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import tools.jackson.databind.json.JsonMapper;

/**
 * The REST customer list {@code GET /api/v1/customers}: its filters, order and paging, answered from the search
 * index (finding 4 of docs/performance.md). Each test marks its customers with a tag of its own, so the other
 * customers of the shared test database do not count.
 */
@KehuTest
class CustomerListApiTests {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JsonMapper json;

    CustomerApiClient api;
    String tag;
    long zhang;
    long li;
    long company;
    String zhangMobile;

    @BeforeEach
    void setUp() throws Exception {
        api = new CustomerApiClient(mvc, users, json);
        tag = unique("列表");
        var manager = ((KehuUser) users.loadUserByUsername("manager")).staffId();
        var zhangBody = with(individual("张" + unique("列")), "tags", List.of(tag), "status", "ACTIVE",
                "abcClass", "A", "ownerStaffId", manager);
        zhangMobile = (String) zhangBody.get("mobile");
        zhang = api.create("admin", zhangBody);
        li = api.create("admin", with(individual("李" + unique("列")), "tags", List.of(tag), "status", "POTENTIAL",
                "regionCode", "110105", "ownerStaffId", manager));
        company = api.create("admin", with(organization("安" + unique("列") + "有限公司"), "tags", List.of(tag),
                "status", "ACTIVE", "landline", "0571-8" + String.format("%07d",
                        java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000_000))));
    }

    List<Integer> ids(String query) throws Exception {
        var answer = api.get("admin", "/api/v1/customers?tag=" + tag + query).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(answer, "$.content[*].id");
    }

    @Test
    void filtersByStatusKindClassRegionOwnerAndPool() throws Exception {
        assertThat(ids("")).containsExactlyInAnyOrder((int) zhang, (int) li, (int) company);
        assertThat(ids("&status=ACTIVE")).containsExactlyInAnyOrder((int) zhang, (int) company);
        assertThat(ids("&kind=ORGANIZATION")).containsExactly((int) company);
        assertThat(ids("&abcClass=A")).containsExactly((int) zhang);
        // a province or a city holds everything below it
        assertThat(ids("&regionCode=330000")).containsExactlyInAnyOrder((int) zhang);
        assertThat(ids("&regionCode=110000")).containsExactlyInAnyOrder((int) li, (int) company);
        assertThat(ids("&status=ACTIVE&regionCode=110000")).containsExactly((int) company);
        var manager = ((KehuUser) users.loadUserByUsername("manager")).staffId();
        assertThat(ids("&ownerStaffId=" + manager)).containsExactlyInAnyOrder((int) zhang, (int) li);
        assertThat(ids("&pool=true")).containsExactly((int) company);
        assertThat(ids("&pool=false")).containsExactlyInAnyOrder((int) zhang, (int) li);
    }

    @Test
    void theNameIsTheSearchBox() throws Exception {
        assertThat(ids("&name=张")).containsExactly((int) zhang);
        assertThat(ids("&q=张")).containsExactly((int) zhang);
        // pinyin initials and the mobile's last four digits find the customer as in the search (CUS-7)
        assertThat(ids("&name=zl")).containsExactly((int) zhang);
        assertThat(ids("&name=" + zhangMobile.substring(7))).contains((int) zhang).doesNotContain((int) li);
    }

    @Test
    void sortsAndPages() throws Exception {
        // pinyin order of the names: 安 (an) before 李 (li) before 张 (zhang)
        assertThat(ids("&sort=name")).containsExactly((int) company, (int) li, (int) zhang);
        assertThat(ids("&sort=-name")).containsExactly((int) zhang, (int) li, (int) company);
        // by default the most recently changed first
        assertThat(ids("")).containsExactly((int) company, (int) li, (int) zhang);
        api.get("admin", "/api/v1/customers?tag=" + tag + "&sort=name&size=2&page=1").andExpect(status().isOk())
                .andExpect(jsonPath("$.content.length()").value(1))
                .andExpect(jsonPath("$.content[0].id").value(zhang))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.totalElements").value(3))
                .andExpect(jsonPath("$.totalPages").value(2));
    }

    @Test
    void rowsAreMaskedAndCarryTheirValues() throws Exception {
        api.get("manager", "/api/v1/customers?tag=" + tag + "&abcClass=A").andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].id").value(zhang))
                .andExpect(jsonPath("$.content[0].mobile").value(zhangMobile.substring(0, 3) + "****" + zhangMobile.substring(7)))
                .andExpect(jsonPath("$.content[0].status").value("ACTIVE"))
                .andExpect(jsonPath("$.content[0].regionCode").value("330106"))
                .andExpect(jsonPath("$.content[0].tags[0]").value(tag))
                .andExpect(jsonPath("$.content[0].owner.name").isNotEmpty());
    }

    @Test
    void badParametersAreNamed() throws Exception {
        api.get("admin", "/api/v1/customers?regionCode=999999").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("regionCode"));
        api.get("admin", "/api/v1/customers?name=" + "张".repeat(101)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        api.get("admin", "/api/v1/customers?status=GONE").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        api.get("admin", "/api/v1/customers?sort=password").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sort"));
    }
}
