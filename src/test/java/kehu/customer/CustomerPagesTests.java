package kehu.customer;

import static kehu.support.Users.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import kehu.customer.internal.Customers;
import kehu.support.KehuTest;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Every customer page renders for a permitted user, with its key elements. */
@KehuTest
class CustomerPagesTests {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired Customers customers;

    long demoCustomer(String name) {
        return customers.findAll().stream().filter(c -> c.getName().equals(name)).findFirst().orElseThrow().getId();
    }

    String page(String path, String user) throws Exception {
        return mvc.perform(get(path).with(as(users, user))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void theDemoDataHasAboutThirtyCustomersAcrossManagersAndThePool() {
        // demo customers are registered by the system at start-up (tests add their own later)
        var all = customers.findAll().stream().filter(c -> "system".equals(c.getCreatedBy())).toList();
        assertThat(all).hasSizeGreaterThanOrEqualTo(30);
        assertThat(all.stream().filter(c -> c.inPool()).count()).isGreaterThanOrEqualTo(5);
        assertThat(all.stream().filter(c -> c.getKind() == CustomerKind.ORGANIZATION).count()).isGreaterThanOrEqualTo(10);
        assertThat(all).allSatisfy(c -> {
            if (c.getKind() == CustomerKind.INDIVIDUAL) {
                IdCardNumber.parse(c.getIdNumber());
            } else {
                CreditCode.parse(c.getIdNumber());
            }
            MobileNumber.parse(c.getMobile());
        });
    }

    @Test
    void theListShowsCustomersWithMaskedMobiles() throws Exception {
        var html = Jsoup.parse(page("/customers", "admin"));
        assertThat(html.select("#customer-table tbody tr")).hasSizeGreaterThanOrEqualTo(20);
        assertThat(html.select("#customer-filter select[name=province] option")).hasSizeGreaterThan(30);
        assertThat(html.select("#bulk-transfer select[name=toStaffId] option")).hasSizeGreaterThanOrEqualTo(3);
        var zhang = customers.findById(demoCustomer("张伟")).orElseThrow();
        assertThat(html.text()).doesNotContain(zhang.getMobile());
        assertThat(html.select("nav .nav-link[href=/customers]")).hasSize(1);
    }

    /**
     * The customer page is the most visited page; its statements are its cost (docs/performance.md,
     * finding 3: it ran 26). Counted, not timed, so the budget holds on any machine.
     */
    @Test
    void theCustomerPageStaysWithinItsStatementBudget() throws Exception {
        var id = demoCustomer("杭州西湖明德电子科技有限公司");
        page("/customers/" + id, "admin"); // warm caches (reference data) as in production
        var request = get("/customers/" + id).with(as(users, "admin")); // reads the principal: not part of the page
        kehu.support.StatementCounter.reset();
        mvc.perform(request).andExpect(status().isOk());
        // data scope 3, customer with fields and contacts 4, owner 2, history 1, timeline 1, managers 7 (however many there are)
        assertThat(kehu.support.StatementCounter.statements()).as(kehu.support.StatementCounter::describe).hasSizeLessThanOrEqualTo(18);
    }

    @Test
    void theListAnswersHtmxWithTheRowsOnly() throws Exception {
        var html = mvc.perform(get("/customers").param("name", "张伟").header("HX-Request", "true").with(as(users, "admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).doesNotContain("<html").contains("张伟").doesNotContain("王芳");
    }

    @Test
    void theCustomerPageShowsProfileContactsFieldsTimelineAndActions() throws Exception {
        var id = demoCustomer("杭州西湖明德电子科技有限公司");
        var html = Jsoup.parse(page("/customers/" + id, "admin"));
        assertThat(html.select("#customer-name").text()).isEqualTo("杭州西湖明德电子科技有限公司");
        assertThat(html.select("#customer-profile .masked")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(html.select("#customer-contacts tbody tr")).isNotEmpty();
        assertThat(html.select(".timeline-entry")).isNotEmpty();
        assertThat(html.select("#transfer-form, #classify-form, #lost-form, #close-form")).hasSize(4);
        assertThat(html.select("#close-form").attr("data-confirm")).isNotBlank();
    }

    @Test
    void theFormsRender() throws Exception {
        var html = Jsoup.parse(page("/customers/new", "admin"));
        assertThat(html.select("#customer-form select#kind option")).hasSize(2);
        assertThat(html.select("#customer-form select[name=fields[VOLTAGE]] option")).extracting(e -> e.text())
                .contains("高压", "低压");
        assertThat(html.select("#form-province option")).hasSizeGreaterThan(30);
        var edit = Jsoup.parse(page("/customers/" + demoCustomer("张伟") + "/edit", "admin"));
        assertThat(edit.select("input[name=version]").val()).isNotBlank();
        assertThat(edit.select("#form-district option[selected]").val()).isEqualTo("110105");
    }

    @Test
    void theRegionCascadeAnswersOptions() throws Exception {
        mvc.perform(get("/customers/regions").param("province", "330000").param("prefix", "form").with(as(users, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("杭州市")))
                .andExpect(content().string(containsString("hx-swap-oob")));
        mvc.perform(get("/customers/regions").param("city", "330100").with(as(users, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("西湖区")))
                .andExpect(content().string(not(containsString("hx-swap-oob"))));
    }

    @Test
    void thePoolAndTheFieldPagesRender() throws Exception {
        var pool = Jsoup.parse(page("/customers/pool", "manager"));
        assertThat(pool.select("#pool-table tbody tr")).hasSizeGreaterThanOrEqualTo(5);
        assertThat(pool.select("#pool-quota").text()).contains("50");
        var fields = Jsoup.parse(page("/customers/fields", "admin"));
        assertThat(fields.select("#field-definitions tbody tr")).hasSizeGreaterThanOrEqualTo(8);
        var voltage = fields.select("#field-definitions tr[data-code=VOLTAGE] a").attr("href");
        assertThat(Jsoup.parse(page(voltage, "admin")).select("#field-form textarea[name=choices]").text()).contains("高压");
    }

    @Test
    void englishPagesUseTheEnglishBundle() throws Exception {
        var html = mvc.perform(get("/customers").param("lang", "en").with(as(users, "admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(html).select("h1").text()).isEqualTo("Customers");
    }
}
