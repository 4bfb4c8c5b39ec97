package kehu.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static kehu.support.Users.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import kehu.archive.internal.ArchiveDocuments;
import kehu.archive.internal.Archives;
import kehu.archive.internal.BusinessEvents;
import kehu.archive.internal.ScopeItems;
import kehu.archive.internal.TransmittalItems;
import kehu.archive.internal.Transmittals;
import kehu.archive.internal.Volumes;
import kehu.support.KehuTest;
import kehu.support.MutableClock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

import com.jayway.jsonpath.JsonPath;

import tools.jackson.databind.json.JsonMapper;

/**
 * ARC-4: a department hands the documents of a business event to the archive room on a transmittal form, due a
 * number of working days after the event on the working calendar; the archivist accepts (files) or rejects each
 * item; a late form, or none by the deadline, flags the event once and publishes {@link HandoverLate}.
 */
@KehuTest
@RecordApplicationEvents
class ArchiveTransmittalTests {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JsonMapper json;
    @Autowired Archives archives;
    @Autowired Volumes volumes;
    @Autowired ScopeItems scopeItems;
    @Autowired BusinessEvents businessEvents;
    @Autowired Transmittals transmittals;
    @Autowired TransmittalItems transmittalItems;
    @Autowired ArchiveDocuments documents;
    @Autowired ArchiveTransmittals service;
    @Autowired TransactionTemplate tx;
    @Autowired ApplicationEvents events;
    @Autowired MutableClock clock;

    ArchiveFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new ArchiveFixtures(mvc, users, json, archives, tx);
    }

    @AfterEach
    void tearDown() {
        clock.reset();
    }

    /** A car dealer's customer of {@code manager}: the archive and its sales and repair volumes. */
    record CarArchive(long archiveId, long salesVolume, long repairVolume) {
    }

    CarArchive carArchive() throws Exception {
        var archive = fx.archiveOf(fx.customer("manager", "automotive"));
        var vs = volumes.findByArchiveIdOrderByVolumeNo(archive.getId());
        long sales = vs.stream().filter(v -> v.getBusinessLine().equals("sales")).findFirst().orElseThrow().getId();
        long repair = vs.stream().filter(v -> v.getBusinessLine().equals("repair")).findFirst().orElseThrow().getId();
        return new CarArchive(archive.getId(), sales, repair);
    }

    static Map<String, Object> item(Long scopeItemId, String title, String category, Object pages) {
        var m = new HashMap<String, Object>();
        m.put("scopeItemId", scopeItemId);
        m.put("title", title);
        m.put("categoryCode", category);
        m.put("carrier", "PAPER");
        m.put("original", true);
        m.put("signed", true);
        m.put("pages", pages);
        m.put("responsible", "销售部 李娜");
        return m;
    }

    Map<String, Object> form(long volumeId, String eventCode, String occurredOn, List<Map<String, Object>> items) {
        var m = new HashMap<String, Object>();
        m.put("volumeId", volumeId);
        m.put("eventCode", eventCode);
        m.put("occurredOn", occurredOn);
        m.put("note", "交车后移交");
        m.put("items", items);
        return m;
    }

    long contractItem() {
        return scopeItems.findByEventCodeOrderBySortOrder("vehicle-sale").get(0).getId();
    }

    ResultActions submit(String user, long archiveId, Map<String, Object> form) throws Exception {
        return fx.send(user, "POST", "/api/v1/archives/" + archiveId + "/transmittals", form);
    }

    List<HandoverLate> lateEvents(long eventId) {
        return events.stream(HandoverLate.class).filter(e -> e.eventId() == eventId).toList();
    }

    @Test
    void theDeadlineCountsWorkingDaysOverTheWeekendAndTheHolidaysAndAFormInTimeIsNotLate() throws Exception {
        var car = carArchive();
        clock.set(Instant.parse("2026-03-09T02:00:00Z"));
        // a sale on Friday 6 March: two working days are Monday 9 and Tuesday 10
        var inTime = submit("manager", car.archiveId(), form(car.salesVolume(), "vehicle-sale", "2026-03-06",
                List.of(item(contractItem(), "购车合同", "QC.01", 4)))).andExpect(status().isCreated())
                .andExpect(jsonPath("$.dueOn").value("2026-03-10"))
                .andExpect(jsonPath("$.late").value(false))
                .andExpect(jsonPath("$.items[0].status").value("PENDING"))
                .andExpect(jsonPath("$.fromUnit").isNotEmpty());
        long eventId = ((Number) JsonPath.read(inTime.andReturn().getResponse().getContentAsString(), "$.eventId")).longValue();
        assertThat(lateEvents(eventId)).isEmpty();

        // National Day: a repair on Wednesday 30 September is due on Thursday 8 October (1 working day), a sale
        // then on Friday 9 October; a sale on Friday 9 October counts the make-up Saturday 10 October
        clock.set(Instant.parse("2026-10-12T02:00:00Z"));
        submit("manager", car.archiveId(), form(car.repairVolume(), "vehicle-repair", "2026-09-30",
                List.of(item(null, "接车单", "QC.02", 1)))).andExpect(status().isCreated())
                .andExpect(jsonPath("$.dueOn").value("2026-10-08"));
        submit("manager", car.archiveId(), form(car.salesVolume(), "vehicle-sale", "2026-09-30",
                List.of(item(contractItem(), "购车合同", "QC.01", 4)))).andExpect(status().isCreated())
                .andExpect(jsonPath("$.dueOn").value("2026-10-09"));
        submit("manager", car.archiveId(), form(car.salesVolume(), "vehicle-sale", "2026-10-09",
                List.of(item(contractItem(), "购车合同", "QC.01", 4)))).andExpect(status().isCreated())
                .andExpect(jsonPath("$.dueOn").value("2026-10-12"))
                .andExpect(jsonPath("$.late").value(false));
    }

    @Test
    void aFormAfterTheDeadlineIsFlaggedLateOnceAndListedInTheRegister() throws Exception {
        var car = carArchive();
        clock.set(Instant.parse("2026-03-11T02:00:00Z"));
        var late = submit("manager", car.archiveId(), form(car.salesVolume(), "vehicle-sale", "2026-03-06",
                List.of(item(contractItem(), "购车合同", "QC.01", 4)))).andExpect(status().isCreated())
                .andExpect(jsonPath("$.late").value(true));
        long eventId = ((Number) JsonPath.read(late.andReturn().getResponse().getContentAsString(), "$.eventId")).longValue();
        var published = lateEvents(eventId);
        assertThat(published).hasSize(1);
        assertThat(published.get(0).dueOn()).isEqualTo(LocalDate.parse("2026-03-10"));
        assertThat(published.get(0).submittedAt()).isEqualTo(Instant.parse("2026-03-11T02:00:00Z"));
        assertThat(published.get(0).unitId()).as("the handing-over unit, for the assessment").isNotNull();

        // the daily check does not flag it again: the event has a form and a flag
        clock.set(Instant.parse("2026-03-20T02:00:00Z"));
        service.flagOverdue();
        assertThat(lateEvents(eventId)).hasSize(1);

        var register = fx.get("archivist", "/api/v1/archive-transmittals/late?size=100").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<Integer> ids = JsonPath.read(register, "$.content[*].eventId");
        assertThat(ids).contains((int) eventId);
        assertThat(JsonPath.<List<String>>read(register, "$.content[?(@.eventId == " + eventId + ")].submittedBy"))
                .containsExactly("manager");
        // a manager without archive.manage does not see the register
        fx.get("manager", "/api/v1/archive-transmittals/late").andExpect(status().isForbidden());
    }

    @Test
    void anEventWithoutHandoverByItsDeadlineIsFlaggedOnceByTheDailyCheck() throws Exception {
        var car = carArchive();
        clock.set(Instant.parse("2026-03-06T02:00:00Z"));
        // the archive room records the sale (the documents are due by Tuesday 10 March) and files nothing yet
        var recorded = fx.send("archivist", "POST", "/api/v1/archives/" + car.archiveId() + "/events",
                Map.of("volumeId", car.salesVolume(), "eventCode", "vehicle-sale", "occurredOn", "2026-03-06"))
                .andExpect(status().isCreated());
        long silent = ArchiveFixtures.id(recorded);
        // another sale the same day whose contract is filed directly: handed over, never late
        long filed = ArchiveFixtures.id(fx.send("archivist", "POST", "/api/v1/archives/" + car.archiveId() + "/events",
                Map.of("volumeId", car.salesVolume(), "eventCode", "vehicle-sale", "occurredOn", "2026-03-06"))
                .andExpect(status().isCreated()));
        fx.file("archivist", car.archiveId(), null, "volumeId", "" + car.salesVolume(), "eventId", "" + filed,
                "scopeItemId", "" + contractItem(), "title", "购车合同", "carrier", "PAPER", "original", "true", "signed", "true",
                "pages", "4", "date", "2026-03-06", "responsible", "李娜").andExpect(status().isCreated());
        assertThat(businessEvents.findById(silent).orElseThrow().getDueOn()).isEqualTo(LocalDate.parse("2026-03-10"));

        // on the due day nothing is late yet
        clock.set(Instant.parse("2026-03-10T09:00:00Z"));
        service.flagOverdue();
        assertThat(lateEvents(silent)).isEmpty();

        clock.set(Instant.parse("2026-03-11T01:00:00Z"));
        service.flagOverdue();
        service.flagOverdue();
        assertThat(lateEvents(silent)).hasSize(1);
        assertThat(lateEvents(silent).get(0).submittedAt()).isNull();
        assertThat(lateEvents(filed)).isEmpty();
        assertThat(businessEvents.findById(silent).orElseThrow().getLateAt()).isEqualTo(Instant.parse("2026-03-11T01:00:00Z"));

        // a form arriving after the check does not flag it a second time
        clock.set(Instant.parse("2026-03-12T02:00:00Z"));
        var register = fx.get("archivist", "/api/v1/archive-transmittals/late?size=100").andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<Object>>read(register, "$.content[?(@.eventId == " + silent + ")].submittedAt")).containsExactly((Object) null);
    }

    @Test
    void acceptingAnItemFilesItAndShrinksTheMissingListRejectingNeedsAReason() throws Exception {
        var car = carArchive();
        clock.set(Instant.parse("2026-03-09T02:00:00Z"));
        var answer = submit("manager", car.archiveId(), form(car.salesVolume(), "vehicle-sale", "2026-03-06",
                List.of(item(contractItem(), "购车合同", "QC.01", 4), item(null, "车辆合格证复印件", "QC.01", 1))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long eventId = ((Number) JsonPath.read(answer, "$.eventId")).longValue();
        long contract = ((Number) JsonPath.read(answer, "$.items[0].id")).longValue();
        long copy = ((Number) JsonPath.read(answer, "$.items[1].id")).longValue();
        long formId = ((Number) JsonPath.read(answer, "$.id")).longValue();
        var missingBefore = missingOf(car.archiveId(), eventId);
        assertThat(missingBefore).contains("购车合同");

        // the open forms of the archive room list it; a manager may not decide
        var open = fx.get("archivist", "/api/v1/archive-transmittals").andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<Integer>>read(open, "$[*].id")).contains((int) formId);
        fx.send("manager", "POST", "/api/v1/archive-transmittals/items/" + contract + "/accept", null).andExpect(status().isForbidden());

        fx.send("archivist", "POST", "/api/v1/archive-transmittals/items/" + contract + "/accept", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].status").value("ACCEPTED"))
                .andExpect(jsonPath("$.items[0].documentId").isNumber())
                .andExpect(jsonPath("$.completedAt").doesNotExist());
        var filed = documents.findByVolumeIdOrderByItemNo(car.salesVolume()).stream()
                .filter(d -> eventId == (d.getEventId() == null ? -1 : d.getEventId())).toList();
        assertThat(filed).hasSize(1);
        assertThat(filed.get(0).getTitle()).isEqualTo("购车合同");
        assertThat(missingOf(car.archiveId(), eventId)).doesNotContain("购车合同").hasSize(missingBefore.size() - 1);
        // deciding twice is refused as a conflict, and files nothing more
        fx.send("archivist", "POST", "/api/v1/archive-transmittals/items/" + contract + "/accept", null)
                .andExpect(status().isConflict());
        assertThat(documents.findByVolumeIdOrderByItemNo(car.salesVolume()).stream()
                .filter(d -> d.getEventId() != null && d.getEventId() == eventId)).hasSize(1);

        // rejecting without a reason is refused, naming the field, and changes nothing
        var noReason = fx.send("archivist", "POST", "/api/v1/archive-transmittals/items/" + copy + "/reject", Map.of("reason", " "))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(noReason, "$.errors[*].field")).containsExactly("reason");
        assertThat(transmittalItems.findById(copy).orElseThrow().decided()).isFalse();
        fx.send("archivist", "POST", "/api/v1/archive-transmittals/items/" + copy + "/reject", Map.of("reason", "复印件不收，请交原件"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[1].status").value("REJECTED"))
                .andExpect(jsonPath("$.items[1].reason").value("复印件不收，请交原件"))
                .andExpect(jsonPath("$.completedAt").isNotEmpty());
        open = fx.get("archivist", "/api/v1/archive-transmittals").andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<Integer>>read(open, "$[*].id")).doesNotContain((int) formId);
        // the department sees the outcome on the archive
        fx.get("manager", "/api/v1/archives/" + car.archiveId() + "/transmittals").andExpect(status().isOk())
                .andExpect(jsonPath("$[0].items[1].reason").value("复印件不收，请交原件"));
    }

    List<String> missingOf(long archiveId, long eventId) throws Exception {
        var missing = fx.get("archivist", "/api/v1/archives/" + archiveId + "/missing").andReturn().getResponse().getContentAsString();
        return JsonPath.read(missing, "$[?(@.eventId == " + eventId + ")].title");
    }

    @Test
    void aBadItemIsNamedByItsRowAndNothingIsSaved() throws Exception {
        var car = carArchive();
        clock.set(Instant.parse("2026-03-09T02:00:00Z"));
        long eventsBefore = businessEvents.count();
        long formsBefore = transmittals.count();
        var items = new ArrayList<Map<String, Object>>();
        items.add(item(contractItem(), "购车合同", "QC.01", 4));
        var noPages = item(null, "合格证", "QC.01", null);
        noPages.put("responsible", "李娜");
        items.add(noPages);
        var notSigned = item(contractItem(), "购车合同（第二份）", "QC.01", 2);
        notSigned.put("signed", false);
        items.add(notSigned);
        var refused = submit("manager", car.archiveId(), form(car.salesVolume(), "vehicle-sale", "2026-03-06", items))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(refused, "$.errors[*].field")).containsExactlyInAnyOrder("items[1].pages", "items[2].signed");
        assertThat(refused).contains("须有客户签字").doesNotContain("Exception");
        assertThat(businessEvents.count()).isEqualTo(eventsBefore);
        assertThat(transmittals.count()).isEqualTo(formsBefore);

        // no items, an event type of another business line, a future date
        var empty = submit("manager", car.archiveId(), form(car.repairVolume(), "vehicle-sale", "2026-03-10", List.of()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(empty, "$.errors[*].field")).containsExactlyInAnyOrder("items", "eventCode", "occurredOn");
        assertThat(businessEvents.count()).isEqualTo(eventsBefore);
    }

    @Test
    void aDepartmentHandsOverOnlyForCustomersInItsScope() throws Exception {
        var car = carArchive();
        clock.set(Instant.parse("2026-03-09T02:00:00Z"));
        submit("manager2", car.archiveId(), form(car.salesVolume(), "vehicle-sale", "2026-03-06",
                List.of(item(contractItem(), "购车合同", "QC.01", 4)))).andExpect(status().isNotFound());
        fx.get("manager2", "/api/v1/archives/" + car.archiveId() + "/transmittals").andExpect(status().isNotFound());
    }

    @Test
    void theDeadlineOfAnEventTypeCanBeChangedAndAppliesToLaterEvents() throws Exception {
        var car = carArchive();
        clock.set(Instant.parse("2026-03-09T02:00:00Z"));
        try {
            fx.send("archivist", "PUT", "/api/v1/archive-handover-deadlines/vehicle-repair", Map.of("workingDays", 3))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$[?(@.eventCode == 'vehicle-repair')].workingDays").value(org.hamcrest.Matchers.contains(3)));
            submit("manager", car.archiveId(), form(car.repairVolume(), "vehicle-repair", "2026-03-06",
                    List.of(item(null, "接车单", "QC.02", 1)))).andExpect(status().isCreated())
                    .andExpect(jsonPath("$.dueOn").value("2026-03-11"));
            var bad = fx.send("archivist", "PUT", "/api/v1/archive-handover-deadlines/vehicle-repair", Map.of("workingDays", 99))
                    .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
            assertThat(JsonPath.<List<String>>read(bad, "$.errors[*].field")).containsExactly("workingDays");
            fx.send("manager", "PUT", "/api/v1/archive-handover-deadlines/vehicle-repair", Map.of("workingDays", 2))
                    .andExpect(status().isForbidden());
        } finally {
            fx.send("archivist", "PUT", "/api/v1/archive-handover-deadlines/vehicle-repair", Map.of("workingDays", 1))
                    .andExpect(status().isOk());
        }
    }

    @Test
    void onThePagesADepartmentFillsTheFormFromTheFilingScopeAndTheArchivistAcceptsIt() throws Exception {
        var car = carArchive();
        clock.set(Instant.parse("2026-03-09T02:00:00Z"));
        var page = fx.get("manager", "/archives/" + car.archiveId() + "?transmittal=vehicle-sale").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"transmittal-submit-form\"").contains("name=\"items[0].title\" value=\"购车合同\"")
                .contains("个工作日内移交");
        long rows = page.lines().filter(l -> l.contains("class=\"transmittal-line\"")).count();
        assertThat(rows).as("the vehicle-sale scope and two blank rows")
                .isEqualTo(scopeItems.findByEventCodeOrderBySortOrder("vehicle-sale").size() + 2);

        long formsBefore = transmittals.count();
        java.util.function.Function<String, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder> post =
                pages -> org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/archives/" + car.archiveId() + "/transmittals")
                .with(as(users, "manager")).with(csrf())
                .param("volumeId", "" + car.salesVolume()).param("eventCode", "vehicle-sale").param("occurredOn", "2026-03-06")
                .param("items[0].scopeItemId", "" + contractItem()).param("items[0].title", "购车合同").param("items[0].categoryCode", "QC.01")
                .param("items[0].carrier", "PAPER").param("items[0].original", "true").param("items[0].signed", "true")
                .param("items[0].pages", "4").param("items[0].date", "2026-03-06").param("items[0].responsible", "李娜")
                .param("items[1].title", "").param("items[1].pages", "")
                .param("items[2].title", "合格证").param("items[2].categoryCode", "QC.01").param("items[2].carrier", "PAPER")
                .param("responsible", "销售部 李娜").param("items[2].pages", pages)
                // a row prefilled from the scope and left untouched is not handed over
                .param("items[3].scopeItemId", "" + scopeItems.findByEventCodeOrderBySortOrder("vehicle-sale").get(2).getId())
                .param("items[3].title", "车辆合格证").param("items[3].categoryCode", "QC.01").param("items[3].carrier", "PAPER");
        mvc.perform(post.apply("两页")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/archives/" + car.archiveId() + "?transmittal=vehicle-sale#transmittal-form"))
                .andExpect(flash().attribute("transmittalErrors", List.of("第 3 项 · 页数: 格式不正确")));
        assertThat(transmittals.count()).isEqualTo(formsBefore);

        mvc.perform(post.apply("1")).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "移交单已提交，2 项待档案室接收"));
        var mine = fx.get("manager", "/api/v1/archives/" + car.archiveId() + "/transmittals").andReturn().getResponse().getContentAsString();
        List<Integer> itemIds = JsonPath.read(mine, "$[0].items[*].id");
        assertThat(itemIds).hasSize(2);
        assertThat(JsonPath.<String>read(mine, "$[0].items[1].responsible")).as("the form's responsible person").isEqualTo("销售部 李娜");
        assertThat(JsonPath.<String>read(mine, "$[0].items[1].date")).as("blank date: the day of the event").isEqualTo("2026-03-06");
        var waiting = fx.get("archivist", "/archives/transmittals").andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(waiting).contains("/archives/transmittals/items/" + itemIds.get(0) + "/accept").contains("合格证");
        fx.get("manager", "/archives/transmittals").andExpect(status().isForbidden());

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/archives/transmittals/items/" + itemIds.get(0) + "/accept").with(as(users, "archivist")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash", "已接收并归档：购车合同"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/archives/transmittals/items/" + itemIds.get(1) + "/reject").with(as(users, "archivist")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("errors", List.of("原因: 必填")));
        var detail = fx.get("manager", "/archives/" + car.archiveId()).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(detail).contains("id=\"archive-transmittals\"").contains("已接收").contains("待接收");
    }
}
