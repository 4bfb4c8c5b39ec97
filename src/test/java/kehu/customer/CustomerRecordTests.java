package kehu.customer;

import static kehu.customer.CustomerApiClient.individual;
import static kehu.customer.CustomerApiClient.organization;
import static kehu.customer.CustomerApiClient.unique;
import static kehu.customer.CustomerApiClient.with;
import static kehu.support.Users.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.Map;

import kehu.customer.internal.ChangeRecords;
import kehu.customer.internal.Customers;
import kehu.customer.internal.FieldDefinitions;
import kehu.shared.AuditableAction;
import kehu.support.KehuTest;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * The customer record (CUS-1, CUS-2, CUS-3): registering, bad input that changes nothing, industry
 * fields, history with masked values, escaped names, and conflicting edits.
 */
@KehuTest
@RecordApplicationEvents
class CustomerRecordTests {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JsonMapper json;
    @Autowired Customers customers;
    @Autowired ChangeRecords history;
    @Autowired FieldDefinitions definitions;
    @Autowired IndustryFieldManagement fields;
    @Autowired TransactionTemplate tx;
    @Autowired ApplicationEvents events;

    CustomerApiClient api;

    @BeforeEach
    void setUp() {
        api = new CustomerApiClient(mvc, users, json);
    }

    void refused(Map<String, Object> body, String field, String messagePart) throws Exception {
        long before = customers.count();
        api.post("admin", "/api/v1/customers", body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem(field)))
                .andExpect(jsonPath("$.errors[?(@.field == '" + field + "')].message", hasItem(containsString(messagePart))));
        assertThat(customers.count()).as("nothing saved").isEqualTo(before);
    }

    /** An active, optional NUMBER field for these tests (created once). */
    FieldDefinitionView areaField() {
        return definitions.findByCode("TEST_AREA_SQM").map(d -> d.view()).orElseGet(() -> CustomerApiClient.signedIn(users,
                "admin", () -> fields.create(new FieldDefinitionForm("TEST_AREA_SQM", "建筑面积", "Floor area", FieldType.NUMBER,
                        false, null, BigDecimal.ZERO, new BigDecimal("100000"), null, null, null, 900, true, null))));
    }

    @Test
    void registersAPersonWithAManagerAndKeepsTheirData() throws Exception {
        var manager = users.loadUserByUsername("manager");
        var name = unique("测试客户");
        var id = api.create("manager", with(individual(name), "tags", java.util.List.of("理财", "高净值"),
                "ownerStaffId", ((kehu.organization.KehuUser) manager).staffId(), "mobile", "138 0013 8000"));
        var c = customers.findById(id).orElseThrow();
        assertThat(c.getName()).isEqualTo(name);
        assertThat(c.getMobile()).isEqualTo("13800138000");
        assertThat(c.getStatus()).isEqualTo(CustomerStatus.POTENTIAL);
        assertThat(c.getOwnerStaffId()).isEqualTo(((kehu.organization.KehuUser) manager).staffId());
        assertThat(c.getOwnerUnitId()).isEqualTo(((kehu.organization.KehuUser) manager).unitId());
        assertThat(c.getTags()).containsExactlyInAnyOrder("理财", "高净值");
        assertThat(events.stream(CustomerCreated.class).filter(e -> e.customerId() == id)).hasSize(1);
        api.get("manager", "/api/v1/customers/" + id + "/timeline")
                .andExpect(jsonPath("$.content[0].kind").value("created"));
    }

    @Test
    void aWrongIdCardCheckDigitIsRefused() throws Exception {
        refused(with(individual(unique("甲")), "idNumber", "11010519491231002Y"), "idNumber", "18 位");
        refused(with(individual(unique("甲")), "idNumber", "110105194912310021"), "idNumber", "校验位不正确");
    }

    @Test
    void aWrongCreditCodeCheckCharacterIsRefused() throws Exception {
        refused(with(organization(unique("乙公司")), "idNumber", "91350100M000100Y44"), "idNumber", "校验位不正确");
        // an ID-card number is not a credit code
        refused(with(organization(unique("乙公司")), "idNumber", "11010519491231002X"), "idNumber", "统一社会信用代码");
    }

    @Test
    void aMobileWithTenDigitsIsRefused() throws Exception {
        refused(with(individual(unique("丙")), "mobile", "1380013800"), "mobile", "不是有效的手机号码");
        refused(with(individual(unique("丙")), "landline", "12345678"), "landline", "不是有效的固定电话");
    }

    @Test
    void aRegionThatDoesNotExistIsRefused() throws Exception {
        refused(with(individual(unique("丁")), "regionCode", "999999"), "regionCode", "不存在");
        refused(with(individual(unique("丁")), "regionCode", "330000"), "regionCode", "请选择到区县");
        refused(with(individual(unique("丁")), "industryCode", "no-such-industry"), "industryCode", "不存在");
    }

    @Test
    void anIndustryFieldValueOfTheWrongTypeNamesTheField() throws Exception {
        areaField();
        refused(with(individual(unique("戊")), "fields", Map.of("TEST_AREA_SQM", "一百平")), "fields.TEST_AREA_SQM",
                "“建筑面积”应为数字");
        refused(with(individual(unique("戊")), "fields", Map.of("TEST_AREA_SQM", "-5")), "fields.TEST_AREA_SQM", "不能小于 0");
        refused(with(individual(unique("戊")), "fields", Map.of("VOLTAGE", "超高压")), "fields.VOLTAGE", "只能是以下之一：高压、低压");
        refused(with(individual(unique("戊")), "fields", Map.of("MOVE_IN_DATE", "去年")), "fields.MOVE_IN_DATE", "应为日期");
        refused(with(individual(unique("戊")), "fields", Map.of("NO_SUCH_FIELD", "x")), "fields.NO_SUCH_FIELD", "没有可用的行业字段");
        // an organisation has no move-in date (the field applies to individuals only)
        refused(with(organization(unique("戊公司")), "fields", Map.of("MOVE_IN_DATE", "2020-01-01")), "fields.MOVE_IN_DATE",
                "没有可用的行业字段");
    }

    @Test
    void industryFieldValuesAreStoredTyped() throws Exception {
        var area = areaField();
        var id = api.create("admin", with(individual(unique("己")), "fields",
                Map.of("TEST_AREA_SQM", "128.50", "VOLTAGE", "低压", "MOVE_IN_DATE", "2019-10-01")));
        tx.executeWithoutResult(s -> {
            var c = customers.findById(id).orElseThrow();
            assertThat(c.fieldValue(area.id()).orElseThrow().number()).isEqualByComparingTo("128.5");
            var moveIn = definitions.findByCode("MOVE_IN_DATE").orElseThrow();
            assertThat(c.fieldValue(moveIn.getId()).orElseThrow().date()).isEqualTo(java.time.LocalDate.of(2019, 10, 1));
        });
        api.get("admin", "/api/v1/customers/" + id)
                .andExpect(jsonPath("$.fields[?(@.code == 'TEST_AREA_SQM')].value", hasItem("128.5")))
                .andExpect(jsonPath("$.fields[?(@.code == 'VOLTAGE')].value", hasItem("低压")));
        // changing only a field value still gives the customer a new version (edits from the old one conflict)
        var body = customers.findById(id).map(c -> with(individual(c.getName()), "idNumber", c.getIdNumber(),
                "mobile", c.getMobile())).orElseThrow();
        var version = api.version(id);
        api.put("admin", "/api/v1/customers/" + id, with(body, "version", version, "fields",
                        Map.of("TEST_AREA_SQM", "130", "VOLTAGE", "低压", "MOVE_IN_DATE", "2019-10-01")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(api.version(id)));
        assertThat(api.version(id)).isGreaterThan(version);
        api.put("admin", "/api/v1/customers/" + id, with(body, "version", version, "fields", Map.of("TEST_AREA_SQM", "1")))
                .andExpect(status().isConflict());
    }

    @Test
    void veryLongValuesAreRefused() throws Exception {
        refused(with(individual("长".repeat(10_000))), "name", "不能超过 100 个字符");
        refused(with(individual(unique("庚")), "address", "路".repeat(100_000)), "address", "不能超过 200 个字符");
        refused(with(individual(unique("庚")), "fields", Map.of("BUILDING_UNIT", "栋".repeat(1_000_000))),
                "fields.BUILDING_UNIT", "不能超过 30 个字符");
    }

    @Test
    void aNameWithHtmlIsStoredAsTextAndShownEscaped() throws Exception {
        var name = "<script>alert('x')</script>" + unique("坏名");
        var id = api.create("admin", individual(name));
        assertThat(customers.findById(id).orElseThrow().getName()).isEqualTo(name);
        var page = mvc.perform(get("/customers/" + id).with(as(users, "admin"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("<script>alert('x')</script>").contains("&lt;script&gt;");
        assertThat(Jsoup.parse(page).select("#customer-name").text()).isEqualTo(name);
        var list = mvc.perform(get("/customers").param("name", "坏名").with(as(users, "admin")))
                .andReturn().getResponse().getContentAsString();
        assertThat(list).doesNotContain("<script>alert('x')</script>").contains("&lt;script&gt;");
    }

    @Test
    void controlCharactersInANameAreRefused() throws Exception {
        refused(with(individual("张\u0000三")), "name", "控制字符");
    }

    @Test
    void everyChangeIsKeptWithSensitiveValuesMasked() throws Exception {
        var body = individual(unique("辛"));
        var id = api.create("admin", body);
        var newMobile = CustomerApiClient.mobile();
        api.put("admin", "/api/v1/customers/" + id, with(body, "mobile", newMobile, "address", "文二路 2 号",
                        "reason", "客户来电更新", "version", api.version(id)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mobile").value(newMobile.substring(0, 3) + "****" + newMobile.substring(7)));
        var kept = history.findByCustomerIdOrderByChangedAtDescIdDesc(id, PageRequest.of(0, 10)).getContent();
        assertThat(kept).extracting(r -> r.getField()).containsExactlyInAnyOrder("mobile", "address");
        var mobileChange = kept.stream().filter(r -> r.getField().equals("mobile")).findFirst().orElseThrow();
        assertThat(mobileChange.getNewValue()).isEqualTo(newMobile.substring(0, 3) + "****" + newMobile.substring(7));
        assertThat(mobileChange.getOldValue()).doesNotContain(((String) body.get("mobile")).substring(3, 7));
        assertThat(mobileChange.getReason()).isEqualTo("客户来电更新");
        assertThat(mobileChange.getChangedBy()).isEqualTo("admin");
        // the audit log never gets the raw numbers either
        assertThat(events.stream(AuditableAction.class).filter(a -> a.targetType().equals("customer")
                && a.targetId().equals(String.valueOf(id)))).isNotEmpty().allSatisfy(a -> {
                    assertThat(String.valueOf(a.before()) + a.after()).doesNotContain(newMobile)
                            .doesNotContain((String) body.get("mobile")).doesNotContain((String) body.get("idNumber"));
                });
        api.get("admin", "/api/v1/customers/" + id + "/timeline").andExpect(jsonPath("$.content[0].kind").value("updated"))
                .andExpect(jsonPath("$.content[0].title").value(containsString("mobile")));
    }

    @Test
    void theSecondOfTwoEditorsGetsAConflictAndNothingIsOverwritten() throws Exception {
        var body = individual(unique("壬"));
        var id = api.create("admin", body);
        var version = api.version(id);
        // both opened the customer at the same version; the first saves
        var saved = api.put("admin", "/api/v1/customers/" + id, with(body, "name", "壬先生", "version", version))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // the answer carries the new version, so the same editor can go on editing
        assertThat(((Number) com.jayway.jsonpath.JsonPath.read(saved, "$.version")).longValue())
                .isEqualTo(api.version(id)).isGreaterThan(version);
        // the second saves from the same (now old) version
        api.put("admin", "/api/v1/customers/" + id, with(body, "name", "壬女士", "version", version))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("该客户已被他人修改")));
        assertThat(customers.findById(id).orElseThrow().getName()).isEqualTo("壬先生");
        // the page shows the same message and keeps the first editor's data
        var page = mvc.perform(post("/customers/" + id).with(as(users, "admin")).with(csrf())
                        .param("kind", "INDIVIDUAL").param("name", "壬同学").param("version", String.valueOf(version)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("该客户已被他人修改");
        assertThat(customers.findById(id).orElseThrow().getName()).isEqualTo("壬先生");
    }

    @Test
    void thePageEditKeepsHiddenSensitiveValuesAndSetsIndustryFields() throws Exception {
        var body = individual(unique("页面编辑"));
        var id = api.create("admin", body);
        var version = api.version(id);
        mvc.perform(post("/customers/" + id).with(as(users, "admin")).with(csrf())
                        .param("kind", "INDIVIDUAL").param("name", "页面编辑后").param("idNumber", "").param("mobile", "")
                        .param("regionCode", "330108").param("status", "ACTIVE").param("tags", "老客户")
                        .param("fields[VOLTAGE]", "高压").param("fields[MOVE_IN_DATE]", "2021-06-18")
                        .param("reason", "上门核实").param("version", String.valueOf(version)))
                .andExpect(status().isFound());
        var c = customers.findById(id).orElseThrow();
        assertThat(c.getName()).isEqualTo("页面编辑后");
        assertThat(c.getIdNumber()).isEqualTo(body.get("idNumber"));
        assertThat(c.getMobile()).isEqualTo(body.get("mobile"));
        assertThat(c.getRegionCode()).isEqualTo("330108");
        assertThat(c.getStatus()).isEqualTo(CustomerStatus.ACTIVE);
        api.get("admin", "/api/v1/customers/" + id)
                .andExpect(jsonPath("$.fields[?(@.code == 'VOLTAGE')].value", hasItem("高压")))
                .andExpect(jsonPath("$.fields[?(@.code == 'MOVE_IN_DATE')].value", hasItem("2021-06-18")));
        var page = Jsoup.parse(mvc.perform(get("/customers/" + id).with(as(users, "admin"))).andReturn().getResponse()
                .getContentAsString());
        assertThat(page.select("#customer-history").text()).contains("客户名称", "页面编辑后", "上门核实", "电压等级", "正式");
        assertThat(page.select(".timeline-entry[data-kind=updated] .timeline-title").first().text()).contains("客户名称", "所在地区");
    }

    @Test
    void anEditWithoutAVersionIsRefused() throws Exception {
        var body = individual(unique("癸"));
        var id = api.create("admin", body);
        api.put("admin", "/api/v1/customers/" + id, with(body, "name", "癸先生"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("version"));
    }

    @Test
    void thePageFormRegistersACustomerAndShowsFieldErrorsInPlace() throws Exception {
        long before = customers.count();
        var bad = mvc.perform(post("/customers").with(as(users, "admin")).with(csrf())
                        .param("kind", "INDIVIDUAL").param("name", "页面客户").param("idNumber", "110105194912310021")
                        .param("mobile", "1380013800").param("regionCode", "330106").param("fields[VOLTAGE]", "超高压"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var html = Jsoup.parse(bad);
        assertThat(html.select("#idNumber.is-invalid")).hasSize(1);
        assertThat(html.select("#mobile.is-invalid")).hasSize(1);
        assertThat(html.select("#field-VOLTAGE.is-invalid")).hasSize(1);
        assertThat(html.text()).contains("校验位不正确", "不是有效的手机号码", "只能是以下之一");
        assertThat(html.select("#form-district option[selected]").val()).isEqualTo("330106");
        assertThat(customers.count()).isEqualTo(before);

        var name = unique("页面客户");
        mvc.perform(post("/customers").with(as(users, "manager")).with(csrf())
                        .param("kind", "ORGANIZATION").param("name", name).param("idNumber", "91350100M000100Y43")
                        .param("landline", "0591-87654321").param("regionCode", "350102").param("tags", "餐饮，重点")
                        .param("fields[VOLTAGE]", "高压").param("fields[BUILDING_UNIT]", "").param("status", "ACTIVE"))
                .andExpect(status().isFound());
        var created = customers.findAll().stream().filter(c -> c.getName().equals(name)).findFirst().orElseThrow();
        assertThat(created.getTags()).containsExactlyInAnyOrder("餐饮", "重点");
        assertThat(created.getOwnerStaffId()).isNull();
        assertThat(created.getStatus()).isEqualTo(CustomerStatus.ACTIVE);
    }

    @Test
    void contactsAreAddedChangedAndRemovedWithHistory() throws Exception {
        var id = api.create("admin", organization(unique("联系人公司")));
        var answer = api.post("admin", "/api/v1/customers/" + id + "/contacts",
                        Map.of("name", "李明", "role", "财务经理", "phone", "13912345678", "birthday", "1980-05-04"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long contactId = ((Number) com.jayway.jsonpath.JsonPath.read(answer, "$.id")).longValue();
        api.get("admin", "/api/v1/customers/" + id + "/contacts")
                .andExpect(jsonPath("$[0].phone").value("139****5678"))
                .andExpect(jsonPath("$[0].birthday").value("1980-05-04"));
        api.post("admin", "/api/v1/customers/" + id + "/contacts", Map.of("name", "王", "phone", "12345"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("phone"));
        api.put("admin", "/api/v1/customers/" + id + "/contacts/" + contactId,
                Map.of("name", "李明", "role", "财务总监", "phone", "010-12345678")).andExpect(status().isNoContent());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .delete("/api/v1/customers/" + id + "/contacts/" + contactId).with(as(users, "admin")).with(csrf()))
                .andExpect(status().isNoContent());
        var fieldsChanged = history.findByCustomerIdOrderByChangedAtDescIdDesc(id, PageRequest.of(0, 20)).getContent()
                .stream().map(r -> r.getField()).toList();
        assertThat(fieldsChanged).contains("contacts", "contact." + contactId + ".role", "contact." + contactId + ".phone");
        var phoneChange = history.findByCustomerIdOrderByChangedAtDescIdDesc(id, PageRequest.of(0, 20)).getContent()
                .stream().filter(r -> r.getField().endsWith(".phone")).findFirst().orElseThrow();
        assertThat(phoneChange.getOldValue()).isEqualTo("139****5678");
    }

    @Test
    void fieldDefinitionsAreManagedAsDataByAdministratorsOnly() throws Exception {
        var code = "T_" + unique("F").replaceAll("[^0-9]", "");
        api.post("manager", "/api/v1/customer-fields", Map.of("code", code, "label", "试验", "type", "TEXT"))
                .andExpect(status().isForbidden());
        api.post("admin", "/api/v1/customer-fields", Map.of("code", code, "label", "车牌", "type", "TEXT",
                        "maxLength", 10, "pattern", "[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Z][A-Z0-9]{5,6}", "active", true))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.code").value(code));
        api.post("admin", "/api/v1/customer-fields", Map.of("code", code, "label", "again", "type", "TEXT"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("code"));
        api.post("admin", "/api/v1/customer-fields", Map.of("code", code + "X", "label", "坏", "type", "CHOICE"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("choices"));
        api.post("admin", "/api/v1/customer-fields", Map.of("code", code + "Y", "label", "坏", "type", "TEXT", "pattern", "[a-"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("pattern"));
        refused(with(individual(unique("车主")), "fields", Map.of(code, "浙A1234")), "fields." + code, "格式不正确");
        api.create("admin", with(individual(unique("车主")), "fields", Map.of(code, "浙A12345")));
        // disabling it takes it off the form; values stay
        var id = definitions.findByCode(code).orElseThrow().getId();
        api.put("admin", "/api/v1/customer-fields/" + id, Map.of("label", "车牌", "maxLength", 10, "active", false))
                .andExpect(status().isOk()).andExpect(jsonPath("$.active").value(false));
        mvc.perform(get("/customers/new").with(as(users, "admin")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("fields[" + code + "]"))));
    }
}
