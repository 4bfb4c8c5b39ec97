package kehu.servicedesk;

import static kehu.servicedesk.ServiceDeskClient.phoneMatter;
import static kehu.servicedesk.ServiceDeskClient.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;

import kehu.servicedesk.internal.Alerting;
import kehu.servicedesk.internal.Alerts;
import kehu.servicedesk.internal.MatterLog;
import kehu.servicedesk.internal.Matters;
import kehu.servicedesk.internal.TimeLimitPolicy;
import kehu.support.KehuTest;
import kehu.support.MutableClock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * SVC-3: time limits in working time (business hours 09:00–17:30), warnings, the escalation chain, the
 * clock that pauses while waiting for the customer, and a sweep that fires everything exactly once.
 * Times below are Asia/Shanghai; 2026-11-23 is a Monday.
 */
@KehuTest
@RecordApplicationEvents
class TimeLimitTests {

    static final Instant MON_1000 = at("2026-11-23T10:00");

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JsonMapper json;
    @Autowired MutableClock clock;
    @Autowired ApplicationEvents events;
    @Autowired Matters matters;
    @Autowired Alerts alerts;
    @Autowired MatterLog log;
    @Autowired TimeLimitSweep sweep;
    @Autowired Alerting alerting;
    @Autowired TimeLimitPolicy timeLimits;
    @Autowired TransactionTemplate tx;
    @Autowired ApplicationContext context;

    ServiceDeskClient api;

    @BeforeEach
    void setUp() {
        api = new ServiceDeskClient(mvc, users, json);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static Instant at(String shanghaiLocal) {
        return java.time.LocalDateTime.parse(shanghaiLocal).atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant();
    }

    List<String> alertsOf(long id) {
        return alerts.findByMatterIdOrderByAtAscIdAsc(id).stream().map(a -> a.getKind() + "/" + a.getLevel()).toList();
    }

    void sweepAt(String local) {
        clock.set(at(local));
        sweep.sweep();
    }

    long complaintAtMonday10() throws Exception {
        clock.set(MON_1000);
        return api.register("clerk", phoneMatter("COMPLAINT", "charges", "收费标准有疑问"));
    }

    @Test
    void warningsAndEscalationsFireOnceEachAtTheirTime() throws Exception {
        var id = complaintAtMonday10();
        var m = matters.findById(id).orElseThrow();
        assertThat(m.getResponseDueAt()).isEqualTo(at("2026-11-23T11:00"));
        assertThat(m.getResponseWarnAt()).as("warned at most half the limit ahead").isEqualTo(at("2026-11-23T10:30"));
        assertThat(m.getResolveDueAt()).as("17 working hours").isEqualTo(at("2026-11-25T10:00"));
        assertThat(m.getResolveWarnAt()).isEqualTo(at("2026-11-24T16:30"));

        sweepAt("2026-11-23T10:29");
        assertThat(alertsOf(id)).isEmpty();
        sweepAt("2026-11-23T10:31");
        sweep.sweep();
        assertThat(alertsOf(id)).containsExactly("RESPONSE_WARNING/0");
        assertThat(alerts.findByMatterIdOrderByAtAscIdAsc(id).get(0).getRecipients())
                .as("the owner is warned while nobody handles it").isEqualTo(String.valueOf(api.staffId("clerk")));

        sweepAt("2026-11-23T11:01");
        assertThat(alertsOf(id)).containsExactly("RESPONSE_WARNING/0", "RESPONSE_BREACH/1");
        assertThat(recipients(id, AlertKind.RESPONSE_BREACH)).contains(api.staffId("supervisor"));

        clock.set(at("2026-11-23T11:05"));
        api.post("supervisor", "/api/v1/service/matters/" + id + "/respond", Map.of("note", "已电话联系客户解释"))
                .andExpect(status().isNoContent());

        sweepAt("2026-11-24T16:29");
        assertThat(alertsOf(id)).hasSize(2);
        sweepAt("2026-11-24T16:31");
        assertThat(alertsOf(id)).endsWith("RESOLVE_WARNING/0");
        sweepAt("2026-11-25T10:01");
        assertThat(alertsOf(id)).endsWith("ESCALATION/1");
        assertThat(matters.findById(id).orElseThrow().getEscalationLevel()).isEqualTo(1);
        sweepAt("2026-11-25T13:59");
        assertThat(alertsOf(id)).endsWith("ESCALATION/1");
        sweepAt("2026-11-25T14:01");
        assertThat(alertsOf(id)).endsWith("ESCALATION/2");
        // level 3 falls two steps (8 working hours) after the limit: Wednesday 17:30 is 7.5 h, so Thursday 09:30
        sweepAt("2026-11-26T09:29");
        assertThat(alertsOf(id)).endsWith("ESCALATION/2");
        sweepAt("2026-11-26T09:31");
        assertThat(alertsOf(id)).endsWith("ESCALATION/3");
        assertThat(recipients(id, AlertKind.ESCALATION, 3)).contains(api.staffId("gm"));
        sweepAt("2026-11-30T10:00");
        assertThat(alertsOf(id)).containsExactly("RESPONSE_WARNING/0", "RESPONSE_BREACH/1", "RESOLVE_WARNING/0",
                "ESCALATION/1", "ESCALATION/2", "ESCALATION/3");
        assertThat(matters.findById(id).orElseThrow().getNextAlertAt()).as("nothing left to fire").isNull();
        assertThat(events.stream(MatterAlerted.class).filter(e -> e.matterId() == id)).hasSize(6);
    }

    List<Long> recipients(long id, AlertKind kind) {
        return recipients(id, kind, -1);
    }

    List<Long> recipients(long id, AlertKind kind, int level) {
        return alerts.findByMatterIdOrderByAtAscIdAsc(id).stream()
                .filter(a -> a.getKind() == kind && (level < 0 || a.getLevel() == level))
                .flatMap(a -> java.util.Arrays.stream(a.getRecipients().split(","))).map(Long::parseLong).toList();
    }

    @Test
    void theClockPausesWhileWaitingForTheCustomer() throws Exception {
        var id = complaintAtMonday10();
        clock.set(at("2026-11-23T10:10"));
        api.post("supervisor", "/api/v1/service/matters/" + id + "/respond", Map.of("note", "已联系")).andExpect(status().isNoContent());
        clock.set(at("2026-11-23T12:00"));
        api.post("supervisor", "/api/v1/service/matters/" + id + "/pause", Map.of("reason", "客户出差，下周提供缴费凭证"))
                .andExpect(status().isNoContent());
        assertThat(matters.findById(id).orElseThrow().getStatus()).isEqualTo(MatterStatus.WAITING_CUSTOMER);

        sweepAt("2026-11-25T11:00");
        assertThat(alertsOf(id)).as("past the original limit, but paused").isEmpty();

        clock.set(at("2026-11-24T12:00"));
        api.post("supervisor", "/api/v1/service/matters/" + id + "/resume", Map.of()).andExpect(status().isNoContent());
        // 15 working hours were left at the pause (Mon 12:00 → Wed 10:00); from Tue 12:00 that is Thu 10:00
        assertThat(matters.findById(id).orElseThrow().getResolveDueAt()).isEqualTo(at("2026-11-26T10:00"));
        sweepAt("2026-11-26T09:59");
        assertThat(alertsOf(id)).containsExactly("RESOLVE_WARNING/0");
        sweepAt("2026-11-26T10:01");
        assertThat(alertsOf(id)).containsExactly("RESOLVE_WARNING/0", "ESCALATION/1");
    }

    @Test
    void aMajorComplaintEscalatesAtOnce() throws Exception {
        clock.set(MON_1000);
        var id = api.register("clerk", with(phoneMatter("COMPLAINT", "safety", "小区发生盗窃，业主集体投诉"), "severity", "MAJOR"));
        assertThat(alertsOf(id)).containsExactly("MAJOR/3");
        assertThat(recipients(id, AlertKind.MAJOR)).contains(api.staffId("supervisor"), api.staffId("gm"));
        assertThat(events.stream(MatterAlerted.class).filter(e -> e.matterId() == id && e.kind() == AlertKind.MAJOR)).hasSize(1);
        // a routine complaint does not
        var routine = api.register("clerk", phoneMatter("COMPLAINT", "safety", "夜间巡逻不到位"));
        assertThat(alertsOf(routine)).isEmpty();
    }

    @Test
    void urgentAndCategoryLimitsBeatTheTypesDefault() throws Exception {
        clock.set(MON_1000);
        var urgent = api.register("clerk", with(phoneMatter("REPAIR", "plumbing-electrical", "停电"), "priority", "URGENT"));
        var elevator = api.register("clerk", phoneMatter("REPAIR", "elevator", "电梯停运"));
        var plain = api.register("clerk", phoneMatter("REPAIR", "plumbing-electrical", "灯不亮"));
        assertThat(matters.findById(urgent).orElseThrow().getResolveDueAt()).isEqualTo(at("2026-11-23T12:00"));
        assertThat(matters.findById(elevator).orElseThrow().getResolveDueAt()).isEqualTo(at("2026-11-23T14:00"));
        assertThat(matters.findById(plain).orElseThrow().getResolveDueAt()).as("one working day").isEqualTo(at("2026-11-24T10:00"));
    }

    @Test
    void sweepsRunningAtTheSameTimeFireEachAlertOnce() throws Exception {
        clock.set(MON_1000);
        var ids = new ArrayList<Long>();
        for (int i = 0; i < 6; i++) {
            ids.add(api.register("clerk", phoneMatter("COMPLAINT", "charges", "并发扫描-" + i)));
        }
        clock.set(at("2026-11-25T15:00"));
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(3);
        for (int i = 0; i < 3; i++) {
            pool.submit(() -> {
                start.await();
                return sweep.sweep();
            });
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        for (var id : ids) {
            assertThat(alertsOf(id)).containsExactlyInAnyOrder("RESPONSE_WARNING/0", "RESPONSE_BREACH/1",
                    "RESOLVE_WARNING/0", "ESCALATION/1", "ESCALATION/2");
            var announced = log.findByMatterIdOrderByAtAscIdAsc(id).stream()
                    .filter(l -> l.getKind().equals("warned") || l.getKind().equals("escalated")).count();
            assertThat(announced).as("journal lines (and events) only from the sweep that won").isEqualTo(5);
            assertThat(matters.findById(id).orElseThrow().getEscalationLevel()).isEqualTo(2);
        }
    }

    @Test
    void aSweepThatDiesMidwayLosesNothingAndSendsNothingTwice() throws Exception {
        var id = complaintAtMonday10();
        var now = at("2026-11-23T11:30");
        clock.set(now);
        // a node fires the warning and dies before its transaction commits
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            var m = matters.findById(id).orElseThrow();
            for (var due : m.dueAlerts(now, timeLimits::escalationDue)) {
                alerting.fire(m, due, now);
            }
            throw new IllegalStateException("node died");
        })).hasMessage("node died");
        assertThat(alertsOf(id)).isEmpty();
        assertThat(events.stream(MatterAlerted.class).filter(e -> e.matterId() == id)).as("published, but rolled back with the work")
                .isNotEmpty();
        // the next sweep (another node) fires what was due, once
        sweep.sweep();
        sweep.sweep();
        assertThat(alertsOf(id)).containsExactly("RESPONSE_WARNING/0", "RESPONSE_BREACH/1");
    }

    @Test
    void oneSweepAfterALongOutageFiresEverythingThatFellDueOnceInOrder() throws Exception {
        var id = complaintAtMonday10();
        sweepAt("2026-11-30T10:00");
        assertThat(alertsOf(id)).containsExactly("RESPONSE_WARNING/0", "RESPONSE_BREACH/1", "RESOLVE_WARNING/0",
                "ESCALATION/1", "ESCALATION/2", "ESCALATION/3");
        sweep.sweep();
        assertThat(alertsOf(id)).hasSize(6);
    }

    @Test
    void theSweepIsARecurringClusterSafeJob() {
        var tasks = context.getBeansOfType(RecurringTask.class).values();
        assertThat(tasks).anySatisfy(t -> assertThat(t.getName()).isEqualTo("servicedesk.time-limits"));
    }

    @Test
    void aResolvedMatterStopsItsClock() throws Exception {
        var id = complaintAtMonday10();
        clock.set(at("2026-11-23T10:20"));
        api.post("supervisor", "/api/v1/service/matters/" + id + "/resolve", Map.of("summary", "已解释收费标准",
                "substantiated", false)).andExpect(status().isNoContent());
        sweepAt("2026-11-30T10:00");
        assertThat(alertsOf(id)).isEmpty();
        assertThat(matters.findById(id).orElseThrow().getNextAlertAt()).isNull();
    }

}
