package kehu.archive;

import static kehu.archive.ArchiveFixtures.pdf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import kehu.archive.internal.Archives;
import kehu.archive.internal.Handovers;
import kehu.archive.internal.Volumes;
import kehu.customer.CustomerTransferred;
import kehu.support.KehuTest;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import com.jayway.jsonpath.JsonPath;

import tools.jackson.databind.json.JsonMapper;

/**
 * ARC-9: a transfer hands the archive and everything open about it to the new manager, and a staff member who leaves
 * hands what they hold to their superior, each with a checklist.
 */
@KehuTest
@org.springframework.test.context.event.RecordApplicationEvents
class ArchiveHandoverTests {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JsonMapper json;
    @Autowired Archives archives;
    @Autowired Volumes volumes;
    @Autowired Handovers handovers;
    @Autowired ArchiveHandovers handoverService;
    @Autowired TransactionTemplate tx;
    @Autowired org.springframework.test.context.event.ApplicationEvents events;
    @Autowired kehu.organization.internal.StaffManagement staffManagement;
    @Autowired kehu.organization.DataScopes scopes;

    ArchiveFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new ArchiveFixtures(mvc, users, json, archives, tx);
    }

    @Test
    void aTransferHandsOverTheArchiveTheOpenLoanAndTheGrantsWithAChecklist() throws Exception {
        var customerId = fx.customer("manager", "power");
        var archive = fx.archiveOf(customerId);
        var volumeId = volumes.findByArchiveIdOrderByVolumeNo(archive.getId()).get(0).getId();
        var documentId = ArchiveFixtures.id(fx.file("archivist", archive.getId(), pdf("合同.pdf"), "volumeId", "" + volumeId,
                "title", "供用电合同", "categoryCode", "DL.02", "carrier", "ELECTRONIC", "pages", "4", "date", "2026-01-05",
                "responsible", "王明").andExpect(status().isCreated()));
        fx.send("manager", "POST", "/api/v1/archives/" + archive.getId() + "/loans", Map.of("documentIds", List.of(documentId),
                "purpose", "核对", "mode", "ELECTRONIC", "copying", "NONE",
                "dueOn", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(5).toString()))
                .andExpect(status().isCreated());
        fx.send("manager", "PUT", "/api/v1/archives/" + archive.getId() + "/hidden", Map.of("hidden", true)).andExpect(status().isNoContent());
        fx.send("manager", "POST", "/api/v1/archives/" + archive.getId() + "/grants", Map.of("username", "archivist"))
                .andExpect(status().isNoContent());

        fx.send("admin", "POST", "/api/v1/customers/" + customerId + "/transfer",
                Map.of("toStaffId", fx.staffId("manager2"), "reason", "片区调整")).andExpect(status().isNoContent());
        var answer = Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> fx.get("archivist",
                "/api/v1/archives/" + archive.getId() + "/handovers").andReturn().getResponse().getContentAsString(),
                s -> s.startsWith("[{"));
        assertThat(JsonPath.<List<String>>read(answer, "$[0].items[*].kind")).containsExactly("ARCHIVE", "LOAN", "GRANT");
        assertThat(JsonPath.<String>read(answer, "$[0].fromName")).isEqualTo("刘经理");
        assertThat(JsonPath.<String>read(answer, "$[0].toName")).isEqualTo("周经理");
        List<Integer> itemIds = JsonPath.read(answer, "$[0].items[*].id");

        // the hidden archive now belongs to the new manager, who sees the handover waiting
        fx.get("manager2", "/api/v1/archives/" + archive.getId()).andExpect(status().isOk());
        fx.get("manager2", "/api/v1/archives/handovers/pending").andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.archiveId == " + archive.getId() + ")].completedAt").value(org.hamcrest.Matchers.contains((Object) null)));
        fx.send("manager2", "POST", "/api/v1/archives/handovers/items/" + itemIds.get(0) + "/confirm", null).andExpect(status().isNoContent());
        fx.send("manager2", "POST", "/api/v1/archives/handovers/items/" + itemIds.get(0) + "/confirm", null).andExpect(status().isConflict());
        fx.send("manager", "POST", "/api/v1/archives/handovers/items/" + itemIds.get(1) + "/confirm", null).andExpect(status().isNotFound());
        fx.send("archivist", "POST", "/api/v1/archives/handovers/items/" + itemIds.get(1) + "/confirm", null).andExpect(status().isNoContent());
        fx.send("archivist", "POST", "/api/v1/archives/handovers/items/" + itemIds.get(2) + "/confirm", null).andExpect(status().isNoContent());
        var done = handovers.findByArchiveIdOrderByOccurredAtDescIdDesc(archive.getId()).get(0);
        assertThat(done.getCompletedAt()).isNotNull();

        // the same transfer delivered again opens nothing new
        handoverService.transferred(new CustomerTransferred(customerId, done.getFromStaffId(), done.getToStaffId(), "片区调整",
                done.getOccurredAt()));
        assertThat(handovers.findByArchiveIdOrderByOccurredAtDescIdDesc(archive.getId())).hasSize(1);
        var page = fx.get("manager2", "/archives/" + archive.getId()).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(org.jsoup.Jsoup.parse(page).select("#archive-handovers .handover-item")).hasSize(3);
    }

    @Test
    void disablingAStaffMemberTellsOnceWhoTheirSuperiorIs() throws Exception {
        long n = ArchiveFixtures.next();
        long superior = fx.staffId("manager");
        var unit = ((kehu.organization.KehuUser) users.loadUserByUsername("manager")).unitId();
        var created = kehu.organization.internal.SystemActor.call(() -> staffManagement.create(new kehu.organization.internal.StaffForm(
                "leaver" + n, "离职员工" + n, unit, null, superior, "", "", java.util.Set.of()),
                scopes.of(fx.staffId("admin"), kehu.organization.Permissions.STAFF_VIEW)));
        long id = created.staff().getId();
        for (int i = 0; i < 2; i++) {
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/org/staff/" + id + "/enabled")
                    .param("enabled", "false").with(kehu.support.Users.as(users, "admin"))
                    .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                    .andExpect(status().is3xxRedirection());
        }
        var told = events.stream(kehu.organization.StaffDisabled.class).filter(e -> e.staffId() == id).toList();
        assertThat(told).as("disabled twice, left once").hasSize(1);
        assertThat(told.get(0).superiorStaffId()).isEqualTo(superior);
        assertThat(told.get(0).unitId()).isEqualTo(unit);
    }

    @Test
    void aLeaverHandsTheirLoansAccessAndWaitingTransmittalsToTheirSuperiorPerArchive() throws Exception {
        // what 刘经理 holds: a loan and a transmittal form on one archive, access to another's hidden archive
        var own = fx.archiveOf(fx.customer("manager", "automotive"));
        var sales = volumes.findByArchiveIdOrderByVolumeNo(own.getId()).get(0).getId();
        var documentId = ArchiveFixtures.id(fx.file("archivist", own.getId(), pdf("合同.pdf"), "volumeId", "" + sales,
                "title", "购车合同扫描件", "categoryCode", "QC.01", "carrier", "ELECTRONIC", "pages", "2", "date", "2026-01-05",
                "responsible", "李娜").andExpect(status().isCreated()));
        var today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        fx.send("manager", "POST", "/api/v1/archives/" + own.getId() + "/loans", Map.of("documentIds", List.of(documentId),
                "purpose", "核对", "mode", "ELECTRONIC", "copying", "NONE", "dueOn", today.plusDays(5).toString()))
                .andExpect(status().isCreated());
        var item = new java.util.HashMap<String, Object>(Map.of("title", "车辆合格证", "categoryCode", "QC.01", "carrier", "PAPER",
                "pages", 1, "responsible", "李娜"));
        fx.send("manager", "POST", "/api/v1/archives/" + own.getId() + "/transmittals", Map.of("volumeId", sales,
                "eventCode", "vehicle-sale", "occurredOn", today.toString(), "items", List.of(item))).andExpect(status().isCreated());
        var other = fx.archiveOf(fx.customer("manager2", "power"));
        fx.send("manager2", "PUT", "/api/v1/archives/" + other.getId() + "/hidden", Map.of("hidden", true)).andExpect(status().isNoContent());
        fx.send("manager2", "POST", "/api/v1/archives/" + other.getId() + "/grants", Map.of("username", "manager"))
                .andExpect(status().isNoContent());

        // 刘经理 leaves (the event as the organization publishes it); the handovers go to 周经理, the superior here
        var left = new kehu.organization.StaffDisabled(fx.staffId("manager"), null, fx.staffId("manager2"),
                java.time.Instant.parse("2026-12-07T08:00:00Z").plusMillis(ArchiveFixtures.next()));
        handoverService.staffLeft(left);
        handoverService.staffLeft(left);

        var mine = handovers.findByArchiveIdOrderByOccurredAtDescIdDesc(own.getId());
        assertThat(mine).as("once, however often the event comes").hasSize(1);
        var answer = fx.get("archivist", "/api/v1/archives/" + own.getId() + "/handovers").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(answer, "$[0].items[*].kind")).containsExactly("LOAN", "TRANSMITTAL");
        assertThat(JsonPath.<String>read(answer, "$[0].fromName")).isEqualTo("刘经理");
        assertThat(JsonPath.<String>read(answer, "$[0].toName")).isEqualTo("周经理");
        assertThat(JsonPath.<String>read(answer, "$[0].reason")).isEqualTo("staff.left");
        var theirs = fx.get("manager2", "/api/v1/archives/" + other.getId() + "/handovers").andReturn().getResponse()
                .getContentAsString();
        assertThat(JsonPath.<List<String>>read(theirs, "$[0].items[*].kind")).containsExactly("GRANT");

        // the superior sees them waiting and confirms; the archive page names the departure
        fx.get("manager2", "/api/v1/archives/handovers/pending").andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.archiveId == " + own.getId() + ")].items.length()").value(org.hamcrest.Matchers.contains(2)));
        for (Integer itemId : JsonPath.<List<Integer>>read(answer, "$[0].items[*].id")) {
            fx.send("manager2", "POST", "/api/v1/archives/handovers/items/" + itemId + "/confirm", null).andExpect(status().isNoContent());
        }
        assertThat(handovers.findById(mine.get(0).getId()).orElseThrow().getCompletedAt()).isNotNull();
        var page = fx.get("archivist", "/archives/" + own.getId()).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("离职交接");
    }
}
