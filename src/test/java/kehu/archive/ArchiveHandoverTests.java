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

/** ARC-9: a transfer hands the archive and everything open about it to the new manager, with a checklist. */
@KehuTest
class ArchiveHandoverTests {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JsonMapper json;
    @Autowired Archives archives;
    @Autowired Volumes volumes;
    @Autowired Handovers handovers;
    @Autowired ArchiveHandovers handoverService;
    @Autowired TransactionTemplate tx;

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
}
