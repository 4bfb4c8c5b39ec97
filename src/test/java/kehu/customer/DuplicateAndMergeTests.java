package kehu.customer;

import static kehu.support.Users.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;

import kehu.audit.AuditFilter;
import kehu.audit.AuditLog;
import kehu.customer.internal.Customers;
import kehu.organization.DataScopes;
import kehu.organization.Permissions;
import kehu.shared.DomainException;
import kehu.support.KehuTest;

import org.awaitility.Awaitility;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/** CUS-4: likely duplicates on create (WARN and BLOCK, page and API) and merging two customers. */
@KehuTest
@RecordApplicationEvents
class DuplicateAndMergeTests {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired Customers customers;
    @Autowired CustomerManagement management;
    @Autowired CustomerDuplicates duplicates;
    @Autowired DataScopes scopes;
    @Autowired AuditLog audit;
    @Autowired ApplicationEvents events;
    @Autowired CustomerSearch search;

    @AfterEach
    void warnAgain() {
        duplicates.useMode(DuplicateMode.WARN);
    }

    CustomerForm person(String name, String id, String mobile) {
        return new CustomerForm(CustomerKind.INDIVIDUAL, name, id, mobile, "", "110105", "", "", "", CustomerStatus.POTENTIAL,
                Set.of(), "", null, null, null, null, "", false, Map.of(), "", null);
    }

    long create(CustomerForm form) {
        return management.create(form, scopes.forCurrentUser(Permissions.CUSTOMER_EDIT), true);
    }

    @Test
    @WithUserDetails("admin")
    void theCreatePageWarnsAboutLikelyDuplicatesAndCreatesWhenConfirmed() throws Exception {
        var existing = create(person(TransferFixtures.name("原有"), TransferFixtures.idCard(), TransferFixtures.mobile()));
        var mobile = customers.findById(existing).orElseThrow().getMobile();
        var name = TransferFixtures.name("新建");
        long before = customers.count();

        var html = Jsoup.parse(mvc.perform(post("/customers").param("kind", "INDIVIDUAL").param("name", name)
                        .param("mobile", mobile).param("fields[VOLTAGE]", "").with(as(users, "admin")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(html.select("#possible-duplicates .duplicate-entry[data-id=" + existing + "] a").attr("href"))
                .isEqualTo("/customers/" + existing);
        assertThat(html.select("#customer-create-anyway")).hasSize(1);
        assertThat(customers.count()).isEqualTo(before);

        mvc.perform(post("/customers").param("kind", "INDIVIDUAL").param("name", name).param("mobile", mobile)
                        .param("fields[VOLTAGE]", "").param("confirmDuplicates", "true").with(as(users, "admin")).with(csrf()))
                .andExpect(status().isFound());
        assertThat(customers.count()).isEqualTo(before + 1);
    }

    @Test
    @WithUserDetails("admin")
    void blockModeRefusesWithAFieldErrorNamingTheCustomer() throws Exception {
        var existingName = TransferFixtures.name("已存在");
        var id = TransferFixtures.idCard();
        var existing = create(person(existingName, id, TransferFixtures.mobile()));
        duplicates.useMode(DuplicateMode.BLOCK);
        long before = customers.count();

        var html = Jsoup.parse(mvc.perform(post("/customers").param("kind", "INDIVIDUAL")
                        .param("name", TransferFixtures.name("另一个")).param("idNumber", id).param("confirmDuplicates", "true")
                        .param("fields[VOLTAGE]", "")
                        .with(as(users, "admin")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(html.select("#customer-form").text()).contains(existingName).contains(String.valueOf(existing));
        assertThat(html.select("#possible-duplicates")).isEmpty();

        var json = mvc.perform(post("/api/v1/customers").param("confirmDuplicates", "true").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"INDIVIDUAL\",\"name\":\"" + TransferFixtures.name("接口") + "\",\"idNumber\":\"" + id + "\"}")
                        .with(as(users, "admin")).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat((List<String>) JsonPath.read(json, "$.errors[*].field")).containsExactly("idNumber");
        assertThat((String) JsonPath.read(json, "$.errors[0].message")).contains(existingName);
        assertThat(customers.count()).isEqualTo(before);
    }

    @Test
    @WithUserDetails("admin")
    void theApiAnswersConflictInWarnModeUntilConfirmedAndListsDuplicates() throws Exception {
        var name = TransferFixtures.name("北京（朝阳）科技");
        var existing = create(new CustomerForm(CustomerKind.ORGANIZATION, name + "有限公司", "", "", "010-65001234", "110105",
                "", "", "", null, Set.of(), "", null, null, null, null, "", false, Map.of(), "", null));
        var body = "{\"kind\":\"ORGANIZATION\",\"name\":\"" + name.replace("（", "(").replace("）", ")") + "\"}";
        var conflict = mvc.perform(post("/api/v1/customers").contentType(MediaType.APPLICATION_JSON).content(body)
                        .with(as(users, "admin")).with(csrf()))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(conflict, "$.detail")).contains("#" + existing).contains("confirmDuplicates");

        var found = mvc.perform(get("/api/v1/customers/duplicates").param("phone", "(010)65001234").with(as(users, "admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((List<Integer>) JsonPath.read(found, "$[*].customerId")).contains((int) existing);
        assertThat((List<String>) JsonPath.read(found, "$[?(@.customerId == " + existing + ")].field")).containsExactly("landline");

        mvc.perform(post("/api/v1/customers").param("confirmDuplicates", "true").contentType(MediaType.APPLICATION_JSON)
                        .content(body).with(as(users, "admin")).with(csrf()))
                .andExpect(status().isCreated());
    }

    @Test
    @WithUserDetails("admin")
    void mergingKeepsBothHistoriesUnitesTheRecordsAndHidesTheLoser() throws Exception {
        var scope = scopes.forCurrentUser(Permissions.CUSTOMER_EDIT);
        var winnerName = TransferFixtures.name("保留");
        var loserName = TransferFixtures.name("被并");
        long winner = create(new CustomerForm(CustomerKind.INDIVIDUAL, winnerName, TransferFixtures.idCard(),
                TransferFixtures.mobile(), "", "110105", "", "", "", null, Set.of("甲"), "", null, null, null, null, "", false,
                Map.of("BUILDING_UNIT", "1-101"), "", null));
        var loserMobile = TransferFixtures.mobile();
        long loser = create(new CustomerForm(CustomerKind.INDIVIDUAL, loserName, "", loserMobile, "0571-87654321", "110105",
                "老地址", "", "", null, Set.of("乙"), "", null, null, null, null, "", false, Map.of("VOLTAGE", "高压"), "", null));
        management.addContact(loser, new ContactForm("联系人乙", "财务", TransferFixtures.mobile(), null, ""), scope);
        management.classify(loser, new Classification(AbcClass.B, null, null, null, false), "年度评级", scope);
        long loserHistory = management.history(loser, scope, PageRequest.of(0, 100)).getTotalElements();

        var preview = duplicates.preview(winner, loser, scope);
        assertThat(preview.takeable()).contains("name", "mobile");

        var signedIn = SecurityContextHolder.getContext();
        mvc.perform(post("/api/v1/customers/" + winner + "/merge/" + loser).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"take\":[\"mobile\"]}").with(as(users, "admin")).with(csrf()))
                .andExpect(status().isNoContent());
        SecurityContextHolder.setContext(signedIn);

        var w = management.get(winner, scope);
        assertThat(w.name()).isEqualTo(winnerName);
        assertThat(w.mobile()).isEqualTo(loserMobile);
        assertThat(w.landline()).isEqualTo("0571-87654321");
        assertThat(w.tags()).containsExactlyInAnyOrder("甲", "乙");
        assertThat(w.contacts()).extracting(ContactView::name).contains("联系人乙");
        assertThat(w.fields()).extracting(FieldValueView::code).contains("BUILDING_UNIT", "VOLTAGE");

        var timeline = management.timeline(winner, scope, PageRequest.of(0, 100)).getContent();
        assertThat(timeline).extracting(TimelineEntry::kind).contains("merged", "classified", "contactAdded");
        assertThat(timeline).filteredOn(e -> e.kind().equals("created")).extracting(TimelineEntry::title)
                .contains(winnerName, loserName);
        assertThat(management.history(loser, scope, PageRequest.of(0, 100)).getTotalElements()).isEqualTo(loserHistory + 1);
        assertThat(management.history(winner, scope, PageRequest.of(0, 100)).getContent()).extracting(HistoryEntry::field)
                .contains("mergedFrom", "mobile");

        var l = customers.findById(loser).orElseThrow();
        assertThat(l.isMerged()).isTrue();
        assertThat(l.getMergedIntoId()).isEqualTo(winner);
        assertThat(duplicates.find(CustomerKind.INDIVIDUAL, loserName, null, null)).isEmpty();
        assertThat(search.search(CustomerQuery.text(loserName), PageRequest.of(0, 5)).getContent()).isEmpty();
        assertThat(search.search(CustomerQuery.text(winnerName), PageRequest.of(0, 5)).getContent())
                .extracting(CustomerRow::id).containsExactly(winner);
        assertThatThrownBy(() -> management.close(loser, "不要了", scope)).isInstanceOf(DomainException.class)
                .hasMessage("customer.merged.readOnly");
        assertThat(events.stream(CustomersMerged.class)).anyMatch(e -> e.winnerId() == winner && e.loserId() == loser);

        var fragment = Jsoup.parse(mvc.perform(get("/customers/" + loser + "/duplicates").with(as(users, "admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(fragment.select("#customer-merged-into").attr("href")).isEqualTo("/customers/" + winner);
        mvc.perform(get("/customers/" + loser).with(as(users, "admin"))).andExpect(status().isOk());

        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(audit.search(
                new AuditFilter(null, null, "admin", "customer.merge", "customer", String.valueOf(winner), null),
                PageRequest.of(0, 5)).getContent()).isNotEmpty());
    }

    @Test
    @WithUserDetails("admin")
    void theMergePageShowsBothCustomersSideBySide() throws Exception {
        long a = create(person(TransferFixtures.name("左"), TransferFixtures.idCard(), TransferFixtures.mobile()));
        long b = create(person(TransferFixtures.name("右"), TransferFixtures.idCard(), TransferFixtures.mobile()));
        var html = Jsoup.parse(mvc.perform(get("/customers/" + a + "/merge").param("loser", String.valueOf(b))
                        .with(as(users, "admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(html.select("#merge-table thead th")).hasSize(4);
        assertThat(html.select("#merge-form").attr("data-confirm")).isNotBlank();
        assertThat(html.select("#merge-form input[name=take][value=name]")).hasSize(1);
        mvc.perform(post("/customers/" + a + "/merge/" + b).param("take", "name").with(as(users, "admin")).with(csrf()))
                .andExpect(status().isFound());
        assertThat(customers.findById(a).orElseThrow().getName()).isEqualTo(customers.findById(b).orElseThrow().getName());
        var detail = Jsoup.parse(mvc.perform(get("/customers/" + a).with(as(users, "admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(detail.select("[hx-get=/customers/" + a + "/duplicates]")).hasSize(1);
    }
}
