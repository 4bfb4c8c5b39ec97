package kehu.platform.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import kehu.platform.Administrators;
import kehu.platform.ReferenceData;
import kehu.support.KehuTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The dictionary and region pages and REST API. */
@KehuTest
class ReferenceDataWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ReferenceData data;

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    static String unique() {
        return "t-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    @WithUserDetails("clerk")
    void anySignedInClientReadsDictionariesAndRegions() throws Exception {
        mvc.perform(get("/api/v1/dictionaries"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code").value(hasItem("industry")))
                .andExpect(jsonPath("$[?(@.code == 'request-category')].hierarchical").value(hasItem(true)));
        mvc.perform(get("/api/v1/dictionaries/industry/items"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(8)))
                .andExpect(jsonPath("$[0].label").value("银行"));
        mvc.perform(get("/api/v1/dictionaries/request-category/items"))
                .andExpect(jsonPath("$[1].parentCode").value("engineering"))
                .andExpect(jsonPath("$[1].depth").value(1));
        mvc.perform(get("/api/v1/dictionaries/no-such/items")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/regions")).andExpect(jsonPath("$", hasSize(31)));
        mvc.perform(get("/api/v1/regions").param("parent", "110100"))
                .andExpect(jsonPath("$[*].name").value(hasItem("海淀区")));
        mvc.perform(get("/api/v1/regions/110108"))
                .andExpect(jsonPath("$.path[0]").value("北京市"))
                .andExpect(jsonPath("$.path[2]").value("海淀区"))
                .andExpect(jsonPath("$.valid").value(true));
        mvc.perform(get("/api/v1/regions/999999")).andExpect(status().isNotFound());
    }

    @Test
    void badItemsGetFieldErrorsAndNothingIsSaved() throws Exception {
        var admin = user(Administrators.admin());
        var code = unique();
        // label over 100 characters
        mvc.perform(json(post("/api/v1/dictionaries/request-category/items"), """
                        {"code": "%s", "label": "%s"}""".formatted(code, "长".repeat(101))).with(admin))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("label"))
                .andExpect(jsonPath("$.errors[0].message").value("不能超过 100 个字符"));
        // unknown parent
        mvc.perform(json(post("/api/v1/dictionaries/request-category/items"), """
                        {"code": "%s", "label": "测试", "parentCode": "no-such-parent"}""".formatted(code)).with(admin))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("parentCode"))
                .andExpect(jsonPath("$.errors[0].message").value("本字典中没有编码为 no-such-parent 的项"));
        // a parent in a flat dictionary
        mvc.perform(json(post("/api/v1/dictionaries/industry/items"), """
                        {"code": "%s", "label": "测试", "parentCode": "bank"}""".formatted(code)).with(admin))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("parentCode"));
        // duplicate code
        mvc.perform(json(post("/api/v1/dictionaries/request-category/items"), """
                        {"code": "engineering", "label": "又一个工程"}""").with(admin))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("code"))
                .andExpect(jsonPath("$.errors[0].message").value("本字典中已有编码 engineering"));
        // a code with characters outside [A-Za-z0-9_.-]
        mvc.perform(json(post("/api/v1/dictionaries/request-category/items"), """
                        {"code": "水 电", "label": "测试"}""").with(admin))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("code"));
        assertThat(data.label(ReferenceData.REQUEST_CATEGORY, code)).isEmpty();
        assertThat(data.label(ReferenceData.INDUSTRY, code)).isEmpty();
        assertThat(data.label(ReferenceData.REQUEST_CATEGORY, "engineering")).contains("工程维修");
    }

    @Test
    void anAdministratorAddsChangesAndDisablesAnItem() throws Exception {
        var admin = user(Administrators.admin());
        var code = unique();
        mvc.perform(json(post("/api/v1/dictionaries/request-category/items"), """
                        {"code": "%s", "label": "燃气", "parentCode": "engineering", "sortOrder": 50}""".formatted(code)).with(admin))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.code").value(code));
        assertThat(data.items(ReferenceData.REQUEST_CATEGORY)).anySatisfy(i -> {
            assertThat(i.code()).isEqualTo(code);
            assertThat(i.depth()).isEqualTo(1);
        });
        // not under itself
        mvc.perform(json(put("/api/v1/dictionaries/request-category/items/engineering"), """
                        {"label": "工程维修", "parentCode": "%s"}""".formatted(code)).with(admin))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("parentCode"));
        mvc.perform(json(put("/api/v1/dictionaries/request-category/items/" + code), """
                        {"label": "燃气管道", "parentCode": null, "sortOrder": 95}""").with(admin))
                .andExpect(status().isOk());
        assertThat(data.label(ReferenceData.REQUEST_CATEGORY, code)).contains("燃气管道");
        mvc.perform(post("/api/v1/dictionaries/request-category/items/" + code + "/disable").with(admin).with(csrf()))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/dictionaries/request-category/items").with(admin))
                .andExpect(jsonPath("$[*].code").value(not(hasItem(code))));
        assertThat(data.label(ReferenceData.REQUEST_CATEGORY, code)).contains("燃气管道");
    }

    @Test
    @WithUserDetails("clerk")
    void writingNeedsTheDictionaryPermission() throws Exception {
        var code = unique();
        mvc.perform(json(post("/api/v1/dictionaries/industry/items"), """
                        {"code": "%s", "label": "测试"}""".formatted(code)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/dictionaries/industry/items/bank/disable").with(csrf())).andExpect(status().isForbidden());
        mvc.perform(json(post("/api/v1/dictionaries"), """
                        {"code": "%s", "name": "测试"}""".formatted(code)))
                .andExpect(status().isForbidden());
        mvc.perform(json(put("/api/v1/regions/110108"), "{\"name\": \"改名\"}")).andExpect(status().isForbidden());
        mvc.perform(get("/platform/dictionaries")).andExpect(status().isForbidden());
        assertThat(data.label(ReferenceData.INDUSTRY, code)).isEmpty();
        assertThat(data.isValidItem(ReferenceData.INDUSTRY, "bank")).isTrue();
        assertThat(data.regionPath("110108")).endsWith("海淀区");
    }

    @Test
    void theOverviewPageListsDictionariesAndBrowsesRegions() throws Exception {
        var admin = user(Administrators.admin());
        mvc.perform(get("/platform/dictionaries").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-type=\"request-category\"")))
                .andExpect(content().string(containsString("报事类别")))
                .andExpect(content().string(containsString("id=\"region-browser\"")))
                .andExpect(content().string(containsString("广东省")))
                .andExpect(content().string(not(containsString("海淀区"))));
        mvc.perform(get("/platform/dictionaries").param("region", "110108").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("海淀区")))
                .andExpect(content().string(containsString("id=\"region-detail\"")))
                .andExpect(content().string(containsString("id=\"rename-region\"")));
    }

    @Test
    void theDictionaryPageShowsTheTreeAndRefusesBadInputWithoutSaving() throws Exception {
        var admin = user(Administrators.admin());
        mvc.perform(get("/platform/dictionaries/request-category").param("edit", "doors-windows").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-code=\"plumbing-electrical\"")))
                .andExpect(content().string(containsString("id=\"edit-item\"")))
                .andExpect(content().string(containsString("id=\"add-item\"")));
        var code = unique();
        mvc.perform(post("/platform/dictionaries/request-category/items").with(admin).with(csrf())
                        .param("code", code).param("label", "长".repeat(101)).param("parentCode", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("不能超过 100 个字符")));
        mvc.perform(post("/platform/dictionaries/request-category/items").with(admin).with(csrf())
                        .param("code", "charges").param("label", "收费二").param("parentCode", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("本字典中已有编码 charges")));
        assertThat(data.label(ReferenceData.REQUEST_CATEGORY, code)).isEmpty();
        assertThat(data.label(ReferenceData.REQUEST_CATEGORY, "charges")).contains("收费");
        mvc.perform(post("/platform/dictionaries/request-category/items").with(admin).with(csrf())
                        .param("code", code).param("label", "绿化").param("parentCode", "").param("sortOrder", "45"))
                .andExpect(status().isFound());
        assertThat(data.label(ReferenceData.REQUEST_CATEGORY, code)).contains("绿化");
    }

    @Test
    void anAdministratorCreatesADictionaryOnThePage() throws Exception {
        var admin = user(Administrators.admin());
        var code = unique();
        mvc.perform(post("/platform/dictionaries").with(admin).with(csrf())
                        .param("code", "bad code!").param("name", "").param("description", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("只能包含字母、数字、点、下划线和短横线")));
        mvc.perform(post("/platform/dictionaries").with(admin).with(csrf())
                        .param("code", code).param("name", "客户等级").param("description", "").param("hierarchical", "false"))
                .andExpect(status().isFound());
        mvc.perform(get("/api/v1/dictionaries").with(admin))
                .andExpect(jsonPath("$[?(@.code == '%s')].name".formatted(code)).value(hasItem("客户等级")));
        mvc.perform(json(post("/api/v1/dictionaries"), """
                        {"code": "%s", "name": "重复"}""".formatted(code)).with(admin))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("code"));
    }

    @Test
    void anAdministratorAddsRenamesAndDisablesARegion() throws Exception {
        var admin = user(Administrators.admin());
        // not below a district, not a duplicate, six or nine digits
        mvc.perform(json(post("/api/v1/regions"), "{\"code\": \"110199\", \"name\": \"测试区\", \"parentCode\": \"110108\"}").with(admin))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("parentCode"));
        mvc.perform(json(post("/api/v1/regions"), "{\"code\": \"110108\", \"name\": \"海淀区\", \"parentCode\": \"110100\"}").with(admin))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("code"));
        mvc.perform(json(post("/api/v1/regions"), "{\"code\": \"1101\", \"name\": \"测试\", \"parentCode\": \"110100\"}").with(admin))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("code"));
        assertThat(data.region("659998")).isEmpty();

        mvc.perform(post("/platform/regions").with(admin).with(csrf())
                        .param("code", "659998").param("name", "测试市").param("parentCode", "650000"))
                .andExpect(status().isFound());
        try {
            assertThat(data.regionPath("659998")).containsExactly("新疆维吾尔自治区", "测试市");
            mvc.perform(post("/platform/regions/659998").with(admin).with(csrf()).param("name", ""))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("必填")));
            mvc.perform(post("/platform/regions/659998").with(admin).with(csrf()).param("name", "测试新市"))
                    .andExpect(status().isFound());
            assertThat(data.region("659998")).hasValueSatisfying(r -> assertThat(r.name()).isEqualTo("测试新市"));
        } finally {
            mvc.perform(post("/platform/regions/659998/disable").with(admin).with(csrf())).andExpect(status().isFound());
        }
        assertThat(data.isValidRegion("659998")).isFalse();
        assertThat(data.children("650000")).extracting(ReferenceData.Region::code).doesNotContain("659998");
    }
}
