package kehu.platform.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;

import kehu.organization.KehuUser;
import kehu.shared.ClockConfiguration;
import kehu.shared.DomainException;
import kehu.support.KehuTest;
import kehu.support.MutableClock;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@KehuTest
@Import(ApprovalScenario.class)
class DelegationTests {

    static final Instant T0 = Instant.parse("2027-02-01T02:00:00Z");

    @Autowired
    ApprovalScenario scenario;

    @Autowired
    DelegationManagement delegations;

    @Autowired
    ApprovalEngine engine;

    @Autowired
    MutableClock clock;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    RequestPostProcessor as(String username) {
        return user(((KehuUser) users.loadUserByUsername(username)).withPasswordChanged());
    }

    static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, ClockConfiguration.ZONE);
    }

    @Test
    void delegateActsDuringTheWindowAndNotAfter() throws Exception {
        clock.set(T0);
        var type = scenario.chain(scenario.person("gm"));
        delegations.delegate(scenario.staff("gm"), new DelegationForm("handler", local(T0.minus(Duration.ofHours(1))),
                local(T0.plus(Duration.ofDays(1))), type));
        long first = scenario.start(type, "clerk", "clerk");
        long second = scenario.start(type, "clerk", "clerk");

        clock.set(T0.plus(Duration.ofHours(2)));
        var inbox = scenario.queries.inbox(scenario.staff("handler"));
        assertThat(inbox).filteredOn(i -> i.approvalId() == first).singleElement()
                .satisfies(i -> assertThat(i.onBehalf()).isTrue());
        long firstTask = scenario.taskOf(first, "handler");
        mvc.perform(post("/api/v1/approvals/tasks/{id}/approve", firstTask).with(as("handler")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"comment\":\"代王总同意\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"));
        var details = scenario.details(first);
        assertThat(details.history()).filteredOn(h -> h.event() == HistoryEvent.APPROVED).singleElement()
                .satisfies(h -> {
                    assertThat(h.onBehalf()).isTrue();
                    assertThat(h.actorName()).contains("handler");
                    assertThat(h.approverName()).contains("gm");
                    assertThat(h.comment()).isEqualTo("代王总同意");
                });
        assertThat(details.steps().get(0).tasks().get(0).onBehalf()).isTrue();

        clock.set(T0.plus(Duration.ofDays(2)));
        assertThat(scenario.hasTask(second, "handler")).isFalse();
        long secondTask = scenario.taskOf(second, "gm");
        mvc.perform(post("/api/v1/approvals/tasks/{id}/approve", secondTask).with(as("handler")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
        assertThat(scenario.details(second).status()).isEqualTo(Approval.Status.PENDING);

        // the delegator can still act (here after the window; during it too)
        engine.approve(secondTask, scenario.staff("gm"), null);
        assertThat(scenario.details(second).status()).isEqualTo(Approval.Status.APPROVED);
    }

    @Test
    void delegationForOneBusinessTypeDoesNotCoverOthers() {
        clock.set(T0);
        var covered = scenario.chain(scenario.person("head"));
        var other = scenario.chain(scenario.person("head"));
        delegations.delegate(scenario.staff("head"), new DelegationForm("manager", local(T0), local(T0.plusSeconds(3600)),
                covered));
        long a = scenario.start(covered, "clerk", "clerk");
        long b = scenario.start(other, "clerk", "clerk");
        assertThat(scenario.hasTask(a, "manager")).isTrue();
        assertThat(scenario.hasTask(b, "manager")).isFalse();
        long bTask = scenario.taskOf(b, "head");
        assertThatThrownBy(() -> engine.approve(bTask, scenario.staff("manager"), null))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void revokedDelegationNoLongerCounts() {
        clock.set(T0);
        var type = scenario.chain(scenario.person("archivist"));
        var d = delegations.delegate(scenario.staff("archivist"), new DelegationForm("assessor", local(T0),
                local(T0.plus(Duration.ofDays(3))), null));
        long id = scenario.start(type, "clerk", "clerk");
        assertThat(scenario.hasTask(id, "assessor")).isTrue();
        assertThatThrownBy(() -> delegations.revoke(d.id(), scenario.staff("assessor")))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        delegations.revoke(d.id(), scenario.staff("archivist"));
        assertThat(scenario.hasTask(id, "assessor")).isFalse();
        assertThat(delegations.involving(scenario.staff("archivist"))).filteredOn(v -> v.id() == d.id())
                .singleElement().satisfies(v -> assertThat(v.revokedAt()).isNotNull());
    }

    @Test
    void badDelegationIsRefusedFieldByField() {
        clock.set(T0);
        assertThatThrownBy(() -> delegations.delegate(scenario.staff("gm"),
                new DelegationForm("gm", local(T0), local(T0.minusSeconds(60)), "Bad Type")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + ":" + v.messageKey()).containsExactlyInAnyOrder(
                                "delegateUsername:approval.delegation.self",
                                "businessType:approval.chain.businessType.format",
                                "validUntil:approval.delegation.window"));
        assertThatThrownBy(() -> delegations.delegate(scenario.staff("gm"),
                new DelegationForm("nobody-here", null, null, "")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + ":" + v.messageKey()).containsExactlyInAnyOrder(
                                "delegateUsername:approval.person.unknown",
                                "validFrom:validation.required", "validUntil:validation.required"));
        assertThat(delegations.involving(scenario.staff("gm"))).noneMatch(v -> v.validUntil().equals(T0.minusSeconds(60)));
    }

    @Test
    void delegationApiAndInboxFormWork() throws Exception {
        clock.set(T0);
        mvc.perform(post("/api/v1/approvals/delegations").with(as("supervisor")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"delegateUsername\":\"clerk\",\"validFrom\":\"2027-02-01T10:00:00\","
                                + "\"validUntil\":\"2027-02-03T18:00:00\",\"businessType\":\"\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.delegateName", Matchers.containsString("clerk")))
                .andExpect(jsonPath("$.validFrom").value("2027-02-01T02:00:00Z"));
        mvc.perform(post("/api/v1/approvals/delegations").with(as("supervisor")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"delegateUsername\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.hasItems("delegateUsername", "validFrom", "validUntil")));
        mvc.perform(post("/approvals/delegations").with(as("supervisor")).with(csrf())
                        .param("delegateUsername", "handler").param("validFrom", "2027-02-01T10:00")
                        .param("validUntil", "2027-02-02T10:00").param("businessType", ""))
                .andExpect(status().isFound());
        mvc.perform(get("/approvals/inbox").with(as("supervisor")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(Matchers.containsString("赵师傅 (handler)")));
        mvc.perform(post("/approvals/delegations").with(as("supervisor")).with(csrf())
                        .param("delegateUsername", "supervisor").param("validFrom", "2027-02-01T10:00")
                        .param("validUntil", "2027-02-02T10:00"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(Matchers.containsString("不能委托给自己")));
    }
}
