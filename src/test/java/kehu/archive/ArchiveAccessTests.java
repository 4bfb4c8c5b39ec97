package kehu.archive;

import static kehu.archive.ArchiveFixtures.pdf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import kehu.archive.internal.Archives;
import kehu.archive.internal.Volumes;
import kehu.shared.AuditableAction;
import kehu.support.KehuTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import com.jayway.jsonpath.JsonPath;

import tools.jackson.databind.json.JsonMapper;

/** ARC-6: data scope, confidentiality levels and hidden archives, on every read and in every list. */
@KehuTest
@RecordApplicationEvents
class ArchiveAccessTests {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JsonMapper json;
    @Autowired Archives archives;
    @Autowired Volumes volumes;
    @Autowired TransactionTemplate tx;
    @Autowired ApplicationEvents events;

    ArchiveFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new ArchiveFixtures(mvc, users, json, archives, tx);
    }

    long archiveOfManagersCustomer() throws Exception {
        return fx.archiveOf(fx.customer("manager", "power")).getId();
    }

    boolean listed(String user, long archiveId) throws Exception {
        var no = archives.findById(archiveId).orElseThrow().getArchiveNo();
        var answer = fx.get(user, "/api/v1/archives?size=200&q=" + no).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        return JsonPath.<java.util.List<Integer>>read(answer, "$.content[*].id").contains((int) archiveId);
    }

    long file(long archiveId, String level) throws Exception {
        var volumeId = volumes.findByArchiveIdOrderByVolumeNo(archiveId).get(0).getId();
        return ArchiveFixtures.id(fx.file("archivist", archiveId, pdf("密件.pdf"), "volumeId", "" + volumeId,
                "title", "保密协议", "categoryCode", "DL.02", "carrier", "ELECTRONIC", "pages", "2", "date", "2026-01-05",
                "responsible", "王明", "confidentiality", level).andExpect(status().isCreated()));
    }

    @Test
    void anotherManagersCustomerArchiveIsNotFoundAndNotListed() throws Exception {
        var id = archiveOfManagersCustomer();
        fx.get("manager", "/api/v1/archives/" + id).andExpect(status().isOk());
        assertThat(listed("manager", id)).isTrue();
        fx.get("manager2", "/api/v1/archives/" + id).andExpect(status().isNotFound());
        assertThat(listed("manager2", id)).isFalse();
        fx.get("manager2", "/archives/" + id).andExpect(status().isNotFound());
    }

    @Test
    void aDocumentAboveTheReadersClearanceIsListedButItsFileIsRefused() throws Exception {
        var id = archiveOfManagersCustomer();
        var secret = file(id, "SECRET");
        var internal = file(id, "INTERNAL");
        fx.get("manager", "/api/v1/archives/" + id).andExpect(status().isOk())
                .andExpect(jsonPath("$.volumes[0].documents[?(@.id == " + secret + ")].readable").value(false))
                .andExpect(jsonPath("$.volumes[0].documents[?(@.id == " + internal + ")].readable").value(true));
        fx.get("manager", "/api/v1/archives/documents/" + secret + "/content").andExpect(status().isForbidden());
        fx.get("manager", "/api/v1/archives/documents/" + internal + "/content").andExpect(status().isOk());
        fx.get("archivist", "/api/v1/archives/documents/" + secret + "/content").andExpect(status().isOk());
    }

    @Test
    void aSecretArchiveDisappearsForReadersBelowItsLevel() throws Exception {
        var id = archiveOfManagersCustomer();
        fx.send("archivist", "PUT", "/api/v1/archives/" + id + "/confidentiality", Map.of("confidentiality", "SECRET"))
                .andExpect(status().isNoContent());
        fx.get("manager", "/api/v1/archives/" + id).andExpect(status().isNotFound());
        assertThat(listed("manager", id)).isFalse();
        fx.get("archivist", "/api/v1/archives/" + id).andExpect(status().isOk()).andExpect(jsonPath("$.confidentiality").value("SECRET"));
        // nobody classifies above their own clearance
        fx.send("archivist", "PUT", "/api/v1/archives/" + id + "/confidentiality", Map.of("confidentiality", "TOP_SECRET"))
                .andExpect(status().isBadRequest());
        assertThat(events.stream(AuditableAction.class).filter(a -> a.action().equals("archive.classify")
                && a.targetId().equals(Long.toString(id)))).hasSize(1);
    }

    @Test
    void aHiddenArchiveIsReadOnlyByTheOwnerManagerAndGrantees() throws Exception {
        var id = archiveOfManagersCustomer();
        // only the owner manager hides
        fx.send("archivist", "PUT", "/api/v1/archives/" + id + "/hidden", Map.of("hidden", true)).andExpect(status().isConflict());
        fx.send("manager", "PUT", "/api/v1/archives/" + id + "/hidden", Map.of("hidden", true)).andExpect(status().isNoContent());
        fx.get("manager", "/api/v1/archives/" + id).andExpect(status().isOk()).andExpect(jsonPath("$.hidden").value(true));
        assertThat(listed("manager", id)).isTrue();
        fx.get("archivist", "/api/v1/archives/" + id).andExpect(status().isNotFound());
        assertThat(listed("archivist", id)).isFalse();
        // an explicit grant lets the archivist in, a revocation out again
        fx.send("manager", "POST", "/api/v1/archives/" + id + "/grants", Map.of("username", "archivist")).andExpect(status().isNoContent());
        fx.get("archivist", "/api/v1/archives/" + id).andExpect(status().isOk());
        assertThat(listed("archivist", id)).isTrue();
        fx.send("manager", "POST", "/api/v1/archives/" + id + "/grants", Map.of("username", "nobody-here"))
                .andExpect(status().isBadRequest());
        var archivistId = fx.staffId("archivist");
        fx.send("manager", "DELETE", "/api/v1/archives/" + id + "/grants/" + archivistId, null).andExpect(status().isNoContent());
        fx.get("archivist", "/api/v1/archives/" + id).andExpect(status().isNotFound());
        assertThat(events.stream(AuditableAction.class).filter(a -> a.targetId() != null && a.targetId().equals(Long.toString(id)))
                .map(AuditableAction::action)).contains("archive.hide", "archive.grant", "archive.revoke");
    }

    @Test
    void withoutArchivePermissionNothingIsShown() throws Exception {
        var id = archiveOfManagersCustomer();
        fx.get("clerk", "/api/v1/archives/" + id).andExpect(status().isForbidden());
        fx.get("clerk", "/api/v1/archives").andExpect(status().isForbidden());
    }
}
