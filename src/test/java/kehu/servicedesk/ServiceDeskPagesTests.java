package kehu.servicedesk;

import static kehu.servicedesk.ServiceDeskClient.phoneMatter;
import static kehu.servicedesk.ServiceDeskClient.with;
import static kehu.support.Users.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;


import kehu.servicedesk.internal.Matters;
import kehu.servicedesk.internal.WorkOrders;
import kehu.support.KehuTest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/** The service-desk pages: navigation, the supervisor's list, the matter page and its moves, work orders, rules. */
@KehuTest
class ServiceDeskPagesTests {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JsonMapper json;
    @Autowired Matters matters;
    @Autowired WorkOrders workOrders;

    ServiceDeskClient api;

    @BeforeEach
    void setUp() {
        api = new ServiceDeskClient(mvc, users, json);
    }

    Document page(String user, String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(as(users, user))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
    }

    @Test
    void theCustomerServiceGroupShowsOnlyForServicePeople() throws Exception {
        var clerk = page("clerk", "/");
        assertThat(clerk.select("#nav-service a").eachAttr("href")).contains("/service/intake", "/service/matters",
                "/service/duty-log").doesNotContain("/service/rules", "/service/work-orders");
        var supervisor = page("supervisor", "/");
        assertThat(supervisor.select("#nav-service a").eachAttr("href")).contains("/service/rules", "/service/work-orders");
        var handler = page("handler", "/");
        assertThat(handler.select("#nav-service a").eachAttr("href")).contains("/service/work-orders")
                .doesNotContain("/service/intake");
        assertThat(page("manager", "/").select("#nav-service")).isEmpty();
    }

    @Test
    void theSupervisorsListFiltersPagesAndSorts() throws Exception {
        var overdueSubject = "督办列表-超时";
        var id = api.register("clerk", with(phoneMatter("DISPUTE", "price", "督办列表-质疑价格"), "priority", "HIGH"));
        var doc = page("supervisor", "/service/matters?type=DISPUTE&q=" + "督办列表");
        assertThat(doc.select("#matter-table tbody tr[data-id]").eachAttr("data-id")).contains(String.valueOf(id));
        assertThat(doc.select("#matter-table tbody tr[data-id]").eachAttr("data-id")).allSatisfy(rowId ->
                assertThat(matters.findById(Long.parseLong(rowId)).orElseThrow().getType()).isEqualTo(MatterType.DISPUTE));
        var other = page("supervisor", "/service/matters?type=PRAISE&q=" + "督办列表");
        assertThat(other.select("#matter-table tbody tr[data-id]")).isEmpty();
        // paging: two per page, sorted by number
        for (int i = 0; i < 3; i++) {
            api.register("clerk", phoneMatter("DISPUTE", "price", overdueSubject + i));
        }
        var first = page("supervisor", "/service/matters?q=" + overdueSubject
                + "&size=2&sort=number");
        var second = page("supervisor", "/service/matters?q=" + overdueSubject
                + "&size=2&sort=number&page=1");
        var numbers1 = first.select(".matter-number").eachText();
        var numbers2 = second.select(".matter-number").eachText();
        assertThat(numbers1).hasSize(2).isSorted();
        assertThat(numbers2).hasSize(1);
        assertThat(numbers1.get(1).compareTo(numbers2.get(0))).isNegative();
        assertThat(first.text()).contains("第 1 / 2 页");
        // htmx asks for the rows only
        var rows = mvc.perform(get("/service/matters").param("type", "DISPUTE").header("HX-Request", "true")
                .with(as(users, "supervisor"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(rows).contains("matter-table").doesNotContain("<html");
    }

    @Test
    void theMatterPageShowsTheMatterAndARefusedMoveSaysWhy() throws Exception {
        var id = api.register("clerk", phoneMatter("COMPLAINT", "reception", "页面测试-前台"));
        var number = matters.findById(id).orElseThrow().getNumber();
        var doc = page("supervisor", "/service/matters/" + id);
        assertThat(doc.selectFirst("#matter-number").text()).isEqualTo(number);
        assertThat(doc.selectFirst("#matter-owner").text()).isEqualTo("张客服");
        assertThat(doc.selectFirst("#matter-callback").text()).startsWith("138****8000");
        // revealing is allowed to service people whose scope reaches the matter, and audited
        var revealed = mvc.perform(post("/sensitive/matter/" + id + "/callbackNumber").with(as(users, "supervisor")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(revealed).contains("13800138000");
        mvc.perform(post("/sensitive/matter/" + id + "/callbackNumber").with(as(users, "handler")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/sensitive/matter/" + id + "/callbackNumber").with(as(users, "manager")).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(doc.select("#resolve-form, #transfer-form, #handover-form")).hasSize(3);
        mvc.perform(post("/service/matters/" + id + "/resolve").with(as(users, "supervisor")).with(csrf())
                        .param("summary", "已道歉").param("substantiated", "false"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("flash"));
        mvc.perform(post("/service/matters/" + id + "/close").with(as(users, "supervisor")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("refusal", "投诉 " + number + " 须有客户反馈或回访结果后才能关闭。"));
        var resolved = page("supervisor", "/service/matters/" + id);
        assertThat(resolved.select("#feedback-form")).hasSize(1);
        assertThat(resolved.select(".resolution").text()).contains("已道歉", "投诉不成立");
    }

    @Test
    void theHandlersWorkOrderPagesCarryTheRepairToItsReceipt() throws Exception {
        var id = api.register("clerk", phoneMatter("REPAIR", "drainage", "页面测试-下水道堵塞"));
        var order = workOrders.findByMatterIdOrderByIssuedAtAscIdAsc(id).get(0);
        var list = page("handler", "/service/work-orders?status=ISSUED&size=100");
        assertThat(list.select("#work-order-table tr[data-id]").eachAttr("data-id")).contains(String.valueOf(order.getId()));
        mvc.perform(post("/service/work-orders/" + order.getId() + "/take").with(as(users, "handler")).with(csrf())
                .param("version", String.valueOf(order.getVersion()))).andExpect(status().is3xxRedirection());
        var taken = page("handler", "/service/work-orders/" + order.getId());
        assertThat(taken.selectFirst("#work-order-assignee").text()).isEqualTo("赵师傅");
        var version = workOrders.findById(order.getId()).orElseThrow().getVersion();
        mvc.perform(post("/service/work-orders/" + order.getId() + "/complete").with(as(users, "handler")).with(csrf())
                .param("workDone", "疏通主管道").param("version", String.valueOf(version))).andExpect(status().is3xxRedirection());
        var done = page("handler", "/service/work-orders/" + order.getId());
        assertThat(done.selectFirst("#work-order-receipt").text()).contains("疏通主管道");
        assertThat(matters.findById(id).orElseThrow().getStatus()).isEqualTo(MatterStatus.RESOLVED);
    }

    @Test
    void theRulesPageListsRoutingRulesAndTimeLimitsForTheSupervisor() throws Exception {
        var doc = page("supervisor", "/service/rules");
        assertThat(doc.select("#routing-table tbody tr").text()).contains("报修派工程部", "工程部");
        assertThat(doc.select("#time-limit-table tbody tr").text()).contains("投诉", "1020");
        mvc.perform(get("/service/rules").with(as(users, "clerk"))).andExpect(status().isForbidden());
        mvc.perform(post("/service/rules/time-limits").with(as(users, "supervisor")).with(csrf())
                        .param("matterType", "PRAISE").param("responseMinutes", "0").param("resolveMinutes", "10")
                        .param("warnMinutes", "5"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("refusal"));
    }

    @Test
    void theDutyLogPageNavigatesByDay() throws Exception {
        var doc = page("clerk", "/service/duty-log?date=2026-11-20");
        assertThat(doc.selectFirst("#duty-log-previous").attr("href")).endsWith("date=2026-11-19");
        assertThat(doc.selectFirst("#duty-log-next").attr("href")).endsWith("date=2026-11-21");
        assertThat(doc.selectFirst("#duty-log-count").text()).contains("2026-11-20");
    }

    @Test
    void theEnglishPagesAreInEnglish() throws Exception {
        var doc = Jsoup.parse(mvc.perform(get("/service/intake").param("lang", "en").with(as(users, "clerk")))
                .andReturn().getResponse().getContentAsString());
        assertThat(doc.selectFirst("h1").text()).isEqualTo("Log a matter");
    }
}
