package kehu.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;

import kehu.archive.internal.Archives;
import kehu.archive.internal.Volumes;
import kehu.support.KehuTest;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

import com.jayway.jsonpath.JsonPath;

import tools.jackson.databind.json.JsonMapper;

/**
 * ARC-5: the archive room's tree room › cabinet › shelf › box; the box rules (a high-voltage customer alone in a box,
 * low-voltage customers sharing one, closed accounts in the closed section); moves with their history; finding where
 * a paper file is, within the data scope.
 */
@KehuTest
class ArchiveLocationTests {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JsonMapper json;
    @Autowired Archives archives;
    @Autowired Volumes volumes;
    @Autowired TransactionTemplate tx;

    ArchiveFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new ArchiveFixtures(mvc, users, json, archives, tx);
    }

    ResultActions create(Long parentId, String code, String name, String boxKind, boolean closedSection) throws Exception {
        var body = new HashMap<String, Object>();
        body.put("parentId", parentId);
        body.put("code", code);
        body.put("name", name);
        body.put("boxKind", boxKind);
        body.put("closedSection", closedSection);
        return fx.send("archivist", "POST", "/api/v1/archive-locations", body);
    }

    long created(Long parentId, String code, String name, String boxKind, boolean closedSection) throws Exception {
        return ArchiveFixtures.id(create(parentId, code, name, boxKind, closedSection).andExpect(status().isCreated()));
    }

    /** A new room (maybe the closed section) with one cabinet and one shelf; returns the shelf. */
    long shelf(boolean closedSection) throws Exception {
        long n = ArchiveFixtures.next();
        long room = created(null, "TR" + n, (closedSection ? "销户库房" : "档案库房") + n, null, closedSection);
        long cabinet = created(room, "C1", "1号柜", null, false);
        return created(cabinet, "S1", "第1层", null, false);
    }

    long box(long shelf, String kind) throws Exception {
        long n = ArchiveFixtures.next();
        return created(shelf, "B" + n, n + "号盒", kind, false);
    }

    long firstVolume(long archiveId) {
        return volumes.findByArchiveIdOrderByVolumeNo(archiveId).get(0).getId();
    }

    ResultActions move(long archiveId, long volumeId, Long boxId, String reason) throws Exception {
        var body = new HashMap<String, Object>();
        body.put("boxId", boxId);
        body.put("reason", reason);
        return fx.send("archivist", "PUT", "/api/v1/archives/" + archiveId + "/volumes/" + volumeId + "/location", body);
    }

    static List<String> fields(ResultActions refused) throws Exception {
        return JsonPath.read(refused.andReturn().getResponse().getContentAsString(), "$.errors[*].field");
    }

    @Test
    void aHighVoltageCustomerFillsABoxAloneWhileLowVoltageCustomersShareOne() throws Exception {
        long shelf = shelf(false);
        long hvBox = box(shelf, "HV");
        long lvBox = box(shelf, "LV");
        var high = fx.archiveOf(fx.powerCustomer("manager", "高压")).getId();
        var high2 = fx.archiveOf(fx.powerCustomer("manager", "高压")).getId();
        var low = fx.archiveOf(fx.powerCustomer("manager", "低压")).getId();
        var low2 = fx.archiveOf(fx.powerCustomer("manager", "低压")).getId();

        // the rule picks the kind: a high-voltage archive is refused by a low-voltage box, and the other way round
        var wrong = move(high, firstVolume(high), lvBox, "上架").andExpect(status().isBadRequest());
        assertThat(fields(wrong)).containsExactly("boxId");
        assertThat(wrong.andReturn().getResponse().getContentAsString()).contains("高压客户档案盒");
        move(low, firstVolume(low), hvBox, "上架").andExpect(status().isBadRequest());
        assertThat(volumes.findById(firstVolume(high)).orElseThrow().getBoxId()).isNull();

        move(high, firstVolume(high), hvBox, "上架").andExpect(status().isOk())
                .andExpect(jsonPath("$.toLabel").value(org.hamcrest.Matchers.endsWith("号盒")));
        // one customer per high-voltage box: a second high-voltage customer is refused, naming the limit
        var full = move(high2, firstVolume(high2), hvBox, "上架").andExpect(status().isBadRequest());
        assertThat(full.andReturn().getResponse().getContentAsString()).contains("已满").contains("1");
        // the same customer's other volumes may join it
        var second = volumes.findByArchiveIdOrderByVolumeNo(high);
        if (second.size() > 1) {
            move(high, second.get(1).getId(), hvBox, "上架").andExpect(status().isOk());
        }
        // several low-voltage customers share a box
        move(low, firstVolume(low), lvBox, "上架").andExpect(status().isOk());
        move(low2, firstVolume(low2), lvBox, "上架").andExpect(status().isOk());
        fx.get("archivist", "/api/v1/archive-locations/" + lvBox).andExpect(status().isOk())
                .andExpect(jsonPath("$.box.customers").value(2))
                .andExpect(jsonPath("$.box.maxCustomers").value(20))
                .andExpect(jsonPath("$.volumes.length()").value(2));
        // the suitable boxes of a high-voltage archive: empty high-voltage ones, never a low-voltage or a full box
        long freeHv = box(shelf, "HV");
        var suitable = fx.get("archivist", "/api/v1/archives/" + high2 + "/suitable-boxes").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(suitable, "$[*].boxKind")).containsOnly("HV");
        assertThat(JsonPath.<List<Integer>>read(suitable, "$[*].id")).contains((int) freeHv).doesNotContain((int) hvBox, (int) lvBox);
    }

    @Test
    void aMoveKeepsItsHistoryAndFindingTellsWhereThePaperIsWithinTheDataScope() throws Exception {
        long shelf = shelf(false);
        long first = box(shelf, "STD");
        long second = box(shelf, "STD");
        var customer = fx.customer("manager", null);
        var archive = fx.archiveOf(customer);
        long volume = firstVolume(archive.getId());

        move(archive.getId(), volume, first, "入库上架").andExpect(status().isOk());
        move(archive.getId(), volume, first, "再放一次").andExpect(status().isBadRequest());
        move(archive.getId(), volume, second, "调整排架").andExpect(status().isOk())
                .andExpect(jsonPath("$.fromLabel").value(org.hamcrest.Matchers.containsString("第1层")));

        var history = fx.get("manager", "/api/v1/archives/" + archive.getId() + "/location-history").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(history, "$[*].reason")).containsExactly("调整排架", "入库上架");
        assertThat(JsonPath.<List<String>>read(history, "$[1].fromLabel")).isNull();
        assertThat(JsonPath.<String>read(history, "$[0].movedBy")).isEqualTo("archivist");
        assertThat(volumes.findById(volume).orElseThrow().getBoxId()).isEqualTo(second);

        // the owner manager finds the paper by the customer's name; another manager does not see it at all
        var name = archive.getCustomerName();
        var found = fx.get("manager", "/api/v1/archive-locations/find?q=" + name).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<Integer>>read(found, "$[*].boxId")).contains((int) second);
        assertThat(JsonPath.<List<String>>read(found, "$[*].boxLabel").get(0)).startsWith("档案库房").endsWith("号盒");
        var other = fx.get("manager2", "/api/v1/archive-locations/find?q=" + name).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<Object>>read(other, "$")).isEmpty();
        fx.get("manager2", "/api/v1/archives/" + archive.getId() + "/location-history").andExpect(status().isNotFound());
        // a paper file not yet shelved is found too, saying so
        var unshelved = fx.archiveOf(fx.customer("manager", null));
        var notPlaced = fx.get("manager", "/api/v1/archive-locations/find?q=" + unshelved.getArchiveNo()).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<Integer>>read(notPlaced, "$[*].archiveId")).contains(unshelved.getId().intValue());
        assertThat(JsonPath.<List<Object>>read(notPlaced, "$[*].boxId")).containsOnlyNulls();
        fx.get("archivist", "/archives/locations?q=" + unshelved.getArchiveNo()).andExpect(status().isOk());
        // only the archive room moves paper
        fx.send("manager", "PUT", "/api/v1/archives/" + archive.getId() + "/volumes/" + volume + "/location",
                Map.of("boxId", first, "reason", "自己挪")).andExpect(status().isForbidden());

        // the archive page and the locations page say where it is
        var page = fx.get("manager", "/archives/" + archive.getId()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("纸质档案存放位置").contains("调整排架");
        var locations = fx.get("archivist", "/archives/locations?q=" + name).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(locations).contains(archive.getArchiveNo()).contains("found-row");
        // a box that held a volume keeps its history: it cannot be deleted, nor its shelf
        fx.send("archivist", "DELETE", "/api/v1/archive-locations/" + first, null).andExpect(status().isConflict());
        fx.send("archivist", "DELETE", "/api/v1/archive-locations/" + shelf, null).andExpect(status().isConflict());
        long unused = box(shelf, "STD");
        fx.send("archivist", "DELETE", "/api/v1/archive-locations/" + unused, null).andExpect(status().isNoContent());
    }

    @Test
    void aClosedAccountsPaperBelongsInTheClosedSectionAndAnOpenOneNot() throws Exception {
        long open = box(shelf(false), "STD");
        long closed = box(shelf(true), "STD");
        var customer = fx.customer("manager", null);
        var archive = fx.archiveOf(customer);
        long volume = firstVolume(archive.getId());
        move(archive.getId(), volume, closed, "上架").andExpect(status().isBadRequest());
        move(archive.getId(), volume, open, "上架").andExpect(status().isOk());

        fx.send("admin", "POST", "/api/v1/customers/" + customer + "/close", Map.of("reason", "企业注销"))
                .andExpect(status().isNoContent());
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(
                () -> archives.findById(archive.getId()).orElseThrow().getStatus() == ArchiveStatus.CLOSED);
        var wrong = fx.get("archivist", "/api/v1/archive-locations/wrong-section").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<Integer>>read(wrong, "$[*].volumeId")).contains((int) volume);
        long another = box(shelf(false), "STD");
        move(archive.getId(), volume, another, "移库").andExpect(status().isBadRequest());
        move(archive.getId(), volume, closed, "销户移库").andExpect(status().isOk());
        wrong = fx.get("archivist", "/api/v1/archive-locations/wrong-section").andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<Integer>>read(wrong, "$[*].volumeId")).doesNotContain((int) volume);
    }

    @Test
    void badLocationsAreRefusedWithTheFieldAndNothingIsSaved() throws Exception {
        int before = JsonPath.<List<Object>>read(fx.get("archivist", "/api/v1/archive-locations").andReturn().getResponse()
                .getContentAsString(), "$").size();
        assertThat(fields(create(null, "", "", null, false).andExpect(status().isBadRequest()))).containsExactly("code", "name");
        assertThat(fields(create(null, "A/../B", "库房", null, false).andExpect(status().isBadRequest()))).containsExactly("code");
        long shelf = shelf(false);
        assertThat(fields(create(shelf, "B1", "盒", null, false).andExpect(status().isBadRequest()))).containsExactly("boxKind");
        assertThat(fields(create(shelf, "B1", "盒", "XX", false).andExpect(status().isBadRequest()))).containsExactly("boxKind");
        long box = created(shelf, "B1", "1号盒", "STD", false);
        assertThat(fields(create(shelf, "B1", "重复", "STD", false).andExpect(status().isBadRequest()))).containsExactly("code");
        assertThat(fields(create(box, "X", "盒中盒", null, false).andExpect(status().isBadRequest()))).containsExactly("parentId");
        assertThat(fields(create(999_999_999L, "X", "无", null, false).andExpect(status().isBadRequest()))).containsExactly("parentId");
        int after = JsonPath.<List<Object>>read(fx.get("archivist", "/api/v1/archive-locations").andReturn().getResponse()
                .getContentAsString(), "$").size();
        assertThat(after).isEqualTo(before + 4); // room, cabinet, shelf, box: nothing from the refused ones
        // a move needs a box that exists and a reason
        var archive = fx.archiveOf(fx.customer("manager", null));
        assertThat(fields(move(archive.getId(), firstVolume(archive.getId()), null, " ").andExpect(status().isBadRequest())))
                .containsExactlyInAnyOrder("boxId", "reason");
        assertThat(fields(move(archive.getId(), firstVolume(archive.getId()), shelf, "上架").andExpect(status().isBadRequest())))
                .containsExactly("boxId");
        // the page lists the tree in Chinese
        var page = fx.get("archivist", "/archives/locations").andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("1号盒").contains("通用档案盒").contains("装盒规则");
    }

    @Test
    void twoArchivistsFillingTheLastPlaceOfABoxCannotBothSucceed() throws Exception {
        long hvBox = box(shelf(false), "HV");
        var a = fx.archiveOf(fx.powerCustomer("manager", "高压")).getId();
        var b = fx.archiveOf(fx.powerCustomer("manager", "高压")).getId();
        var barrier = new CyclicBarrier(2);
        var pool = Executors.newFixedThreadPool(2);
        try {
            var tasks = new ArrayList<Callable<Integer>>();
            for (long archive : List.of(a, b)) {
                tasks.add(() -> {
                    barrier.await();
                    return move(archive, firstVolume(archive), hvBox, "上架").andReturn().getResponse().getStatus();
                });
            }
            var statuses = new ArrayList<Integer>();
            for (var f : pool.invokeAll(tasks)) {
                statuses.add(f.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 400);
        } finally {
            pool.shutdownNow();
        }
        long inBox = volumes.findByBoxId(hvBox).stream().map(v -> v.getArchiveId()).distinct().count();
        assertThat(inBox).isEqualTo(1);
    }

    @Test
    void theArchiveRoomKeepsBoxRulesAndKindsWithFieldErrorsAndTheNextShelvingFollowsThem() throws Exception {
        long shelf = shelf(false);
        long oneBox = box(shelf, "ONE");
        long stdBox = box(shelf, "STD");
        var car = fx.archiveOf(fx.customer("manager", "automotive")).getId(); // QC: no rule, any kind
        var car2 = fx.archiveOf(fx.customer("manager", "automotive")).getId();

        var created = fx.send("archivist", "POST", "/api/v1/archive-box-rules", Map.of("categoryCode", "QC", "boxKind", "ONE"))
                .andExpect(status().isCreated());
        long ruleId = ArchiveFixtures.id(created);
        try {
            fx.get("archivist", "/api/v1/archive-box-rules").andExpect(jsonPath("$[?(@.id == " + ruleId + ")].boxKind")
                    .value(org.hamcrest.Matchers.contains("ONE")));
            // now a car dealer's archive needs a single-customer box
            var wrong = move(car, firstVolume(car), stdBox, "上架").andExpect(status().isBadRequest());
            assertThat(wrong.andReturn().getResponse().getContentAsString()).contains("单户档案盒");
            move(car, firstVolume(car), oneBox, "上架").andExpect(status().isOk());

            // bad rules name the field and save nothing
            int before = JsonPath.<List<Object>>read(fx.get("archivist", "/api/v1/archive-box-rules").andReturn().getResponse()
                    .getContentAsString(), "$").size();
            assertThat(fields(fx.send("archivist", "POST", "/api/v1/archive-box-rules", Map.of("categoryCode", "QC", "boxKind", "ONE"))
                    .andExpect(status().isBadRequest()))).containsExactly("categoryCode");
            assertThat(fields(fx.send("archivist", "POST", "/api/v1/archive-box-rules", Map.of("categoryCode", "NOPE",
                    "fieldCode", "VOLTAGE", "boxKind", "BIG")).andExpect(status().isBadRequest())))
                    .containsExactlyInAnyOrder("categoryCode", "fieldValue", "boxKind");
            assertThat(fields(fx.send("archivist", "POST", "/api/v1/archive-box-rules", Map.of("categoryCode", "KH",
                    "fieldValue", "高压", "boxKind", "HV")).andExpect(status().isBadRequest()))).containsExactly("fieldCode");
            assertThat(JsonPath.<List<Object>>read(fx.get("archivist", "/api/v1/archive-box-rules").andReturn().getResponse()
                    .getContentAsString(), "$")).hasSize(before);
            fx.send("manager", "POST", "/api/v1/archive-box-rules", Map.of("categoryCode", "KH", "boxKind", "STD"))
                    .andExpect(status().isForbidden());

            // a kind's limit: the single-customer box takes two customers once allowed
            move(car2, firstVolume(car2), oneBox, "上架").andExpect(status().isBadRequest());
            fx.send("archivist", "PUT", "/api/v1/archive-box-kinds/ONE", Map.of("maxCustomers", 0))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("maxCustomers"));
            fx.send("archivist", "PUT", "/api/v1/archive-box-kinds/ONE", Map.of("maxCustomers", 2)).andExpect(status().isNoContent());
            move(car2, firstVolume(car2), oneBox, "上架").andExpect(status().isOk());
        } finally {
            fx.send("archivist", "PUT", "/api/v1/archive-box-kinds/ONE", Map.of("maxCustomers", 1)).andExpect(status().isNoContent());
            fx.send("archivist", "DELETE", "/api/v1/archive-box-rules/" + ruleId, null).andExpect(status().isNoContent());
        }
        // the rule gone, any kind again; the page lists rules and kinds with their forms
        var car3 = fx.archiveOf(fx.customer("manager", "automotive")).getId();
        move(car3, firstVolume(car3), stdBox, "上架").andExpect(status().isOk());
        var page = org.jsoup.Jsoup.parse(fx.get("archivist", "/archives/locations").andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
        assertThat(page.select("#box-rules .box-rule").text()).contains("VOLTAGE=高压", "高压客户档案盒").doesNotContain("→ 单户档案盒（每盒最多 2 户）");
        assertThat(page.select("#box-rule-form select[name=categoryCode] option")).isNotEmpty();
        assertThat(page.select(".box-kind[data-code=ONE] input[name=maxCustomers]").attr("value")).isEqualTo("1");
    }
}
