package kehu.customer.search;

import static kehu.support.Users.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import kehu.customer.CustomerManagement;
import kehu.organization.DataScopes;
import kehu.organization.OrganizationDirectory;
import kehu.support.KehuTest;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/** The search on the customer list page, saved views, the search-index page and the REST API (CUS-7). */
@KehuTest
class CustomerSearchWebTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    CustomerManagement customers;
    @Autowired
    DataScopes scopes;
    @Autowired
    OrganizationDirectory directory;

    SearchFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new SearchFixture(customers, scopes, directory, users);
    }

    private String html(String user, String path) throws Exception {
        return mvc.perform(get(path).with(as(users, user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void theListSearchesAsYouTypeAndOffersFiltersAndSavedViews() throws Exception {
        var page = Jsoup.parse(html("manager", "/customers"));
        var box = page.selectFirst("#customer-filter input[name=q]");
        assertThat(box).isNotNull();
        assertThat(box.attr("hx-trigger")).startsWith("input changed delay:250ms");
        assertThat(box.attr("hx-target")).isEqualTo("#customer-rows");
        assertThat(box.attr("hx-push-url")).isEqualTo("true");
        assertThat(box.attr("placeholder")).isNotBlank();
        assertThat(page.select("#customer-filter select[name=valueClass] option")).hasSize(4);
        assertThat(page.select("#customer-filter select[name=vip]")).hasSize(1);
        assertThat(page.select("#customer-filter select[name=ownerUnitId] option").eachText()).contains("城东市场部", "城西市场部");
        assertThat(page.select("#customer-filter select[name=sort] option[value=relevance]")).hasSize(1);
        assertThat(page.select("#customer-filter select[name=f.VOLTAGE] option")).hasSize(3);
        assertThat(page.select("#saved-views #save-view input[name=name]")).hasSize(1);
        assertThat(page.select("#customer-rows input#current-query[form=save-view]")).hasSize(1);
    }

    @Test
    void htmxGetsOnlyTheRowsOfWhatTheBoxFindsWithinTheScope() throws Exception {
        var mine = fixture.create(fixture.person("邓艾").ownedBy("manager"));
        var theirs = fixture.create(fixture.person("邓芝").ownedBy("manager2"));
        var rows = mvc.perform(get("/customers").param("q", "dengai").header("HX-Request", "true")
                .with(as(users, "manager"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(rows).doesNotContain("<html");
        var doc = Jsoup.parse(rows);
        assertThat(doc.select("#customer-table tbody tr[data-id]")).extracting(e -> e.attr("data-id"))
                .contains(String.valueOf(mine));
        assertThat(doc.selectFirst("#current-query").val()).isEqualTo("q=dengai");

        var byOneCharacter = Jsoup.parse(mvc.perform(get("/customers").param("q", "邓").header("HX-Request", "true")
                .with(as(users, "manager"))).andReturn().getResponse().getContentAsString());
        assertThat(byOneCharacter.select("#customer-table tbody tr[data-id]")).extracting(e -> e.attr("data-id"))
                .contains(String.valueOf(mine)).doesNotContain(String.valueOf(theirs));
    }

    @Test
    void theListShowsMaskedMobilesAndAClearErrorForABadFilter() throws Exception {
        var spec = fixture.person("姜维");
        fixture.create(spec);
        var page = html("admin", "/customers?q=" + spec.mobile().substring(7));
        assertThat(page).contains("姜维").doesNotContain(spec.mobile()).doesNotContain(spec.idNumber());

        var bad = Jsoup.parse(html("admin", "/customers?status=GONE"));
        assertThat(bad.select(".alert-danger").text()).isNotBlank();
        assertThat(bad.select("#customer-table tbody tr[data-id]")).isEmpty();
    }

    @Test
    void aPersonSavesOpensAndDeletesTheirOwnViews() throws Exception {
        var name = "我的视图" + fixture.person("x").mobile().substring(7);
        mvc.perform(post("/customers/views").param("name", name).param("query", "q=zs&status=ACTIVE&sort=name")
                        .with(as(users, "manager")).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/customers?q=zs&status=ACTIVE&sort=name"));

        var page = Jsoup.parse(html("manager", "/customers"));
        var link = page.select("#saved-view-list a.saved-view").stream().filter(a -> a.text().equals(name)).findFirst()
                .orElseThrow();
        assertThat(link.attr("href")).isEqualTo("/customers?q=zs&status=ACTIVE&sort=name");
        var opened = Jsoup.parse(html("manager", link.attr("href")));
        assertThat(opened.selectFirst("#filter-name").val()).isEqualTo("zs");
        assertThat(opened.select("#customer-filter select[name=status] option[selected]").val()).isEqualTo("ACTIVE");

        assertThat(Jsoup.parse(html("manager2", "/customers")).select("#saved-view-list a.saved-view").eachText())
                .doesNotContain(name);
        var id = link.parent().attr("data-view-id");
        mvc.perform(post("/customers/views/" + id + "/delete").with(as(users, "manager2")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/customers/views/" + id + "/delete").with(as(users, "manager")).with(csrf()))
                .andExpect(status().isFound());
        assertThat(Jsoup.parse(html("manager", "/customers")).select("#saved-view-list a.saved-view").eachText())
                .doesNotContain(name);
    }

    @Test
    void aViewWithoutANameIsNotSavedAndTheListSaysWhy() throws Exception {
        var before = Jsoup.parse(html("manager", "/customers")).select("#saved-view-list a.saved-view").size();
        var refused = mvc.perform(post("/customers/views").param("name", " ").param("query", "q=zs")
                .with(as(users, "manager")).with(csrf())).andExpect(status().isFound())
                .andExpect(redirectedUrl("/customers?q=zs")).andReturn();
        assertThat((String) refused.getFlashMap().get("viewError")).contains("必填");
        var after = Jsoup.parse(mvc.perform(get("/customers?q=zs").with(as(users, "manager"))
                .flashAttrs(refused.getFlashMap())).andReturn().getResponse().getContentAsString());
        assertThat(after.select("#saved-view-list a.saved-view")).hasSize(before);
        assertThat(after.select("#save-view-error").text()).contains("必填");
    }

    @Test
    void theIndexPageRebuildsWithAProgressBar() throws Exception {
        mvc.perform(get("/customers/search-index").with(as(users, "manager"))).andExpect(status().isForbidden());
        var page = Jsoup.parse(html("admin", "/customers/search-index"));
        assertThat(page.select("#rebuild-form[hx-post]")).hasSize(1);
        assertThat(page.selectFirst("#rebuild-form").attr("hx-confirm")).isNotBlank();
        assertThat(page.select("nav .nav-link[href=/customers/search-index]")).hasSize(1);

        var started = Jsoup.parse(mvc.perform(post("/customers/search-index/rebuild").header("HX-Request", "true")
                .with(as(users, "admin")).with(csrf())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        var progress = started.selectFirst("#index-progress");
        assertThat(progress).isNotNull();
        if ("RUNNING".equals(progress.attr("data-state"))) {
            assertThat(progress.attr("hx-get")).isEqualTo("/customers/search-index/progress");
            assertThat(progress.attr("hx-trigger")).isEqualTo("every 1s");
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> Jsoup.parse(html("admin", "/customers/search-index/progress"))
                .selectFirst("#index-progress").attr("data-state").equals("DONE"));
        var done = Jsoup.parse(html("admin", "/customers/search-index/progress")).selectFirst("#index-progress");
        assertThat(done.hasAttr("hx-get")).isFalse();
        assertThat(done.selectFirst(".progress-bar").attr("style")).contains("width: 100%");
        assertThat(done.selectFirst("#index-documents").text()).isEqualTo(done.selectFirst("#index-customers").text());
    }

    @Test
    void theApiSearchesWithinTheScopeAndMasks() throws Exception {
        var spec = fixture.person("陆逊");
        var id = fixture.create(spec.ownedBy("manager"));
        var theirs = fixture.create(fixture.person("陆抗").ownedBy("manager2"));
        var answer = mvc.perform(get("/api/v1/customers/search").param("q", "lu").param("size", "100")
                        .with(as(users, "manager")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.page.totalElements").isNumber())
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<java.util.List<Integer>>read(answer, "$.content[*].id")).contains((int) id)
                .doesNotContain((int) theirs);
        assertThat(answer).doesNotContain(spec.mobile()).doesNotContain(spec.idNumber());

        var byId = mvc.perform(get("/api/v1/customers/search").param("q", spec.idNumber()).with(as(users, "manager")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<java.util.List<Integer>>read(byId, "$.content[*].id")).containsExactly((int) id);
        assertThat(byId).doesNotContain(spec.idNumber()).doesNotContain(spec.mobile());

        mvc.perform(get("/api/v1/customers/search").param("status", "GONE").with(as(users, "manager")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(get("/api/v1/customers/search").param("q", "lu").with(as(users, "handler")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theApiRebuildsForAdministratorsOnly() throws Exception {
        mvc.perform(post("/api/v1/customers/search-index/rebuild").with(as(users, "manager")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/customers/search-index/rebuild").with(as(users, "admin")).with(csrf()))
                .andExpect(status().isAccepted()).andExpect(jsonPath("$.state").isString());
        await().atMost(Duration.ofSeconds(60)).until(() -> JsonPath.read(mvc.perform(
                get("/api/v1/customers/search-index/rebuild").with(as(users, "admin"))).andReturn().getResponse()
                .getContentAsString(), "$.state").equals("DONE"));
    }

    @Test
    void theApiKeepsSavedViewsPerPerson() throws Exception {
        var name = "接口视图" + fixture.person("x").mobile().substring(7);
        var created = mvc.perform(post("/api/v1/customers/saved-views").with(as(users, "manager")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + name + "\",\"query\":\"q=张&abcClass=A&sort=-updatedAt\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.name").value(name))
                .andReturn().getResponse().getContentAsString();
        int id = JsonPath.read(created, "$.id");
        assertThat((String) JsonPath.read(created, "$.queryString")).isEqualTo("q=%E5%BC%A0&abcClass=A&sort=-updatedAt");

        mvc.perform(get("/api/v1/customers/saved-views").with(as(users, "manager")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[?(@.id == " + id + ")].name").value(name));
        mvc.perform(get("/api/v1/customers/saved-views/" + id).with(as(users, "manager2"))).andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/customers/saved-views/" + id).with(as(users, "manager2")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/customers/saved-views").with(as(users, "manager")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"x\",\"query\":\"status=GONE\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(post("/api/v1/customers/saved-views").with(as(users, "manager")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"<b>\",\"query\":\"q=a\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("name"));
        mvc.perform(delete("/api/v1/customers/saved-views/" + id).with(as(users, "manager")).with(csrf()))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/customers/saved-views/" + id).with(as(users, "manager"))).andExpect(status().isNotFound());
    }
}
