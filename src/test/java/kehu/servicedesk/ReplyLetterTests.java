package kehu.servicedesk;

import static kehu.servicedesk.ServiceDeskClient.phoneMatter;
import static kehu.servicedesk.ServiceDeskClient.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import kehu.servicedesk.internal.Matters;
import kehu.servicedesk.internal.ReplyLetters;
import kehu.support.KehuTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import tools.jackson.databind.json.JsonMapper;

/** SVC-4: a written complaint's reply letter is drafted from a template and cannot be sent before it is approved. */
@KehuTest
class ReplyLetterTests {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JsonMapper json;
    @Autowired Matters matters;
    @Autowired ReplyLetters letters;

    ServiceDeskClient api;

    @BeforeEach
    void setUp() {
        api = new ServiceDeskClient(mvc, users, json);
    }

    long templateId(String code) throws Exception {
        var answer = api.get("clerk", "/api/v1/service/reply-templates").andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        List<Integer> ids = JsonPath.read(answer, "$[?(@.code == '" + code + "')].id");
        return ids.get(0);
    }

    long writtenComplaintWithLetter(String subject) throws Exception {
        var id = api.register("clerk", with(phoneMatter("COMPLAINT", "charges", subject), "channel", "letter",
                "callerName", "周女士"));
        api.post("supervisor", "/api/v1/service/matters/" + id + "/resolve", Map.of("summary", "经核实多收 30 元，已退还",
                "substantiated", true, "responsibleUnitId", unitOf("CSD"), "causeCode", "service-lapse"))
                .andExpect(status().isNoContent());
        var answer = api.post("clerk", "/api/v1/service/matters/" + id + "/letters", Map.of("templateId", templateId("complaint-reply")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(answer, "$.id")).longValue();
    }

    long unitOf(String code) throws Exception {
        var answer = api.get("supervisor", "/api/v1/units").andReturn().getResponse().getContentAsString();
        List<Integer> ids = JsonPath.read(answer, "$[?(@.code == '" + code + "')].id");
        return ids.get(0);
    }

    long taskFor(String approver, long approvalId) throws Exception {
        var inbox = api.get(approver, "/api/v1/approvals/inbox").andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        List<Integer> tasks = JsonPath.read(inbox, "$[?(@.approvalId == " + approvalId + ")].taskId");
        assertThat(tasks).as("a task in %s's inbox", approver).hasSize(1);
        return tasks.get(0);
    }

    @Test
    void aLetterIsDraftedFromTheTemplateApprovedAndOnlyThenSent() throws Exception {
        var letterId = writtenComplaintWithLetter("物业费多收");
        var letter = letters.findById(letterId).orElseThrow();
        var matter = matters.findById(letter.getMatterId()).orElseThrow();
        assertThat(letter.getBody()).contains("尊敬的周女士", matter.getNumber(), "物业费多收", "经核实多收 30 元，已退还")
                .doesNotContain("{");
        assertThat(letter.getStatus()).isEqualTo(ReplyLetterStatus.DRAFT);

        api.post("clerk", "/api/v1/service/letters/" + letterId + "/send", Map.of("via", "挂号信", "version", letter.getVersion()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("须经审批同意后才能发出")));

        api.post("clerk", "/api/v1/service/letters/" + letterId + "/submit", Map.of()).andExpect(status().isNoContent());
        letter = letters.findById(letterId).orElseThrow();
        assertThat(letter.getStatus()).isEqualTo(ReplyLetterStatus.PENDING);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/service/letters/" + letterId)
                        .with(kehu.support.Users.as(users, "clerk"))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .contentType("application/json").content("{\"body\":\"改一改\",\"version\":" + letter.getVersion() + "}"))
                .andExpect(status().isConflict());
        api.post("clerk", "/api/v1/service/letters/" + letterId + "/send", Map.of("via", "挂号信", "version", letter.getVersion()))
                .andExpect(status().isConflict());

        // the clerk's direct superior (李主管) approves
        api.post("supervisor", "/api/v1/approvals/tasks/" + taskFor("supervisor", letter.getApprovalId()) + "/approve",
                Map.of("comment", "同意")).andExpect(status().isOk());
        await().atMost(Duration.ofSeconds(10)).until(() ->
                letters.findById(letterId).orElseThrow().getStatus() == ReplyLetterStatus.APPROVED);

        var approved = letters.findById(letterId).orElseThrow();
        api.post("clerk", "/api/v1/service/letters/" + letterId + "/send", Map.of("via", "挂号信", "version", approved.getVersion()))
                .andExpect(status().isNoContent());
        var sent = letters.findById(letterId).orElseThrow();
        assertThat(sent.getStatus()).isEqualTo(ReplyLetterStatus.SENT);
        assertThat(sent.getSentVia()).isEqualTo("挂号信");
        List<String> journal = api.read("clerk", matter.getId(), "$.log[*].kind");
        assertThat(journal).containsSubsequence("letterDrafted", "letterSubmitted", "letterApproved", "letterSent");
    }

    @Test
    void aRejectedLetterIsRevisedAndApprovedAgain() throws Exception {
        var letterId = writtenComplaintWithLetter("收费标准不公示");
        api.post("clerk", "/api/v1/service/letters/" + letterId + "/submit", Map.of()).andExpect(status().isNoContent());
        var approvalId = letters.findById(letterId).orElseThrow().getApprovalId();
        api.post("supervisor", "/api/v1/approvals/tasks/" + taskFor("supervisor", approvalId) + "/reject",
                Map.of("comment", "措辞需更诚恳")).andExpect(status().isOk());
        await().atMost(Duration.ofSeconds(10)).until(() ->
                letters.findById(letterId).orElseThrow().getStatus() == ReplyLetterStatus.REJECTED);
        var rejected = letters.findById(letterId).orElseThrow();
        api.post("clerk", "/api/v1/service/letters/" + letterId + "/send", Map.of("via", "挂号信", "version", rejected.getVersion()))
                .andExpect(status().isConflict());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/service/letters/" + letterId)
                        .with(kehu.support.Users.as(users, "clerk"))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .contentType("application/json")
                        .content(json.writeValueAsString(Map.of("body", rejected.getBody() + "\n再次向您致歉。", "version", rejected.getVersion()))))
                .andExpect(status().isNoContent());
        assertThat(letters.findById(letterId).orElseThrow().getStatus()).isEqualTo(ReplyLetterStatus.DRAFT);
        api.post("clerk", "/api/v1/service/letters/" + letterId + "/submit", Map.of()).andExpect(status().isNoContent());
        var second = letters.findById(letterId).orElseThrow();
        assertThat(second.getApprovalId()).isNotEqualTo(approvalId);
        assertThat(second.getStatus()).isEqualTo(ReplyLetterStatus.PENDING);
    }

    @Test
    void theHandlerWritesNoLetters() throws Exception {
        var id = api.register("clerk", phoneMatter("REPAIR", "plumbing-electrical", "水管爆裂"));
        api.post("handler", "/api/v1/service/matters/" + id + "/letters", Map.of("templateId", templateId("complaint-reply")))
                .andExpect(status().isForbidden());
    }
}
