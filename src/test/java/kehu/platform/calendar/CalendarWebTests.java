package kehu.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.regex.Pattern;

import kehu.platform.Administrators;
import kehu.platform.WorkingCalendar;
import kehu.support.KehuTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

/** The calendar page and REST API. */
@KehuTest
class CalendarWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    WorkingCalendar calendar;

    @Test
    void thePageShowsThePublishedYearsGridWithHolidaysAndMakeupDays() throws Exception {
        var html = mvc.perform(get("/platform/calendar").param("year", "2026").with(user(Administrators.admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"unpublished-warning\""))))
                .andExpect(content().string(containsString("id=\"published-info\"")))
                .andReturn().getResponse().getContentAsString();
        assertThat(cellClass(html, "2026-10-01")).isEqualTo("d holiday");
        assertThat(cellClass(html, "2026-09-20")).isEqualTo("d makeup");
        assertThat(cellClass(html, "2026-09-19")).isEqualTo("d weekend");
        assertThat(cellClass(html, "2026-09-21")).isEqualTo("d");
        assertThat(html).contains("国庆节", "中秋节", "调休上班", "十二月", "id=\"add-day\"", "id=\"business-hours\"");
    }

    @Test
    void anUnpublishedYearShowsTheWarning() throws Exception {
        mvc.perform(get("/platform/calendar").param("year", "2027").with(user(Administrators.admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"unpublished-warning\"")))
                .andExpect(content().string(containsString("2027 年的官方节假日安排尚未录入")));
        mvc.perform(get("/platform/calendar").param("year", "2027").param("lang", "en").with(user(Administrators.admin())))
                .andExpect(content().string(containsString("The official holiday schedule of 2027 has not been entered")));
    }

    @Test
    @WithUserDetails("clerk")
    void thePageNeedsTheCalendarPermission() throws Exception {
        mvc.perform(get("/platform/calendar")).andExpect(status().isForbidden());
    }

    @Test
    void addingADayOnThePageValidatesAndSavesNothingOnError() throws Exception {
        var admin = user(Administrators.admin());
        // no name
        mvc.perform(post("/platform/calendar/2031/days").with(admin).with(csrf())
                        .param("date", "2031-01-08").param("kind", "HOLIDAY").param("name", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("必填")));
        // a date outside the year
        mvc.perform(post("/platform/calendar/2031/days").with(admin).with(csrf())
                        .param("date", "2032-01-08").param("kind", "HOLIDAY").param("name", "元旦"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("日期须在 2031 年内")));
        // a make-up working day on a Wednesday
        mvc.perform(post("/platform/calendar/2031/days").with(admin).with(csrf())
                        .param("date", "2031-01-08").param("kind", "MAKEUP_WORKDAY").param("name", "春节"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("调休上班日须为周六或周日")));
        // a name over 50 characters
        mvc.perform(post("/platform/calendar/2031/days").with(admin).with(csrf())
                        .param("date", "2031-01-08").param("kind", "HOLIDAY").param("name", "节".repeat(51)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("不能超过 50 个字符")));
        assertThat(calendar.isWorkingDay(LocalDate.of(2031, 1, 8))).isTrue();

        mvc.perform(post("/platform/calendar/2031/days").with(admin).with(csrf())
                        .param("date", "2031-01-08").param("kind", "HOLIDAY").param("name", "测试假日"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/platform/calendar?year=2031"));
        try {
            assertThat(calendar.isWorkingDay(LocalDate.of(2031, 1, 8))).isFalse();
            // the same date again
            mvc.perform(post("/platform/calendar/2031/days").with(admin).with(csrf())
                            .param("date", "2031-01-08").param("kind", "HOLIDAY").param("name", "又一个"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("2031-01-08 已录入")));
        } finally {
            mvc.perform(post("/platform/calendar/2031/days/2031-01-08/remove").with(admin).with(csrf()))
                    .andExpect(status().isFound());
        }
        assertThat(calendar.isWorkingDay(LocalDate.of(2031, 1, 8))).isTrue();
    }

    @Test
    void markingAYearPublishedRemovesTheWarning() throws Exception {
        var admin = user(Administrators.admin());
        assertThat(calendar.isPublished(2032)).isFalse();
        mvc.perform(post("/platform/calendar/2032/publication").with(admin).with(csrf())
                        .param("published", "true").param("note", "测试通知"))
                .andExpect(status().isFound());
        try {
            assertThat(calendar.isPublished(2032)).isTrue();
            mvc.perform(get("/platform/calendar").param("year", "2032").with(admin))
                    .andExpect(content().string(not(containsString("id=\"unpublished-warning\""))))
                    .andExpect(content().string(containsString("测试通知")));
        } finally {
            mvc.perform(post("/platform/calendar/2032/publication").with(admin).with(csrf()).param("published", "false"))
                    .andExpect(status().isFound());
        }
        assertThat(calendar.isPublished(2032)).isFalse();
    }

    @Test
    void businessHoursWithTheEndBeforeTheStartAreRefusedOnThePage() throws Exception {
        mvc.perform(post("/platform/calendar/business-hours").with(user(Administrators.admin())).with(csrf())
                        .param("year", "2026").param("start", "18:00").param("end", "09:00"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("下班时间须晚于上班时间")));
        assertThat(calendar.businessHours().start().toString()).isEqualTo("09:00");
    }

    @Test
    @WithUserDetails("clerk")
    void anySignedInClientReadsAYearAndAsksForDeadlines() throws Exception {
        mvc.perform(get("/api/v1/calendar/2026"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.published").value(true))
                .andExpect(jsonPath("$.businessHours.start").value("09:00:00"))
                .andExpect(jsonPath("$.days[?(@.date == '2026-10-01')].kind").value(hasItem("HOLIDAY")))
                .andExpect(jsonPath("$.days[?(@.date == '2026-09-20')].kind").value(hasItem("MAKEUP_WORKDAY")));
        mvc.perform(get("/api/v1/calendar/2027"))
                .andExpect(jsonPath("$.published").value(false))
                .andExpect(jsonPath("$.days").isEmpty());
        mvc.perform(get("/api/v1/calendar/working-time").param("from", "2025-09-26T08:00:00Z").param("workingDays", "3"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.result").value("2025-09-30T08:00:00Z"))
                .andExpect(jsonPath("$.resultLocal").value("2025-09-30T16:00+08:00"));
        mvc.perform(get("/api/v1/calendar/working-time").param("from", "2026-09-29T16:00").param("workingDays", "3"))
                .andExpect(jsonPath("$.result").value("2026-10-09T08:00:00Z"));
        mvc.perform(get("/api/v1/calendar/working-time").param("from", "2025-09-30T16:00+08:00").param("workingHours", "4"))
                .andExpect(jsonPath("$.result").value("2025-10-09T03:30:00Z"));
        mvc.perform(get("/api/v1/calendar/working-time").param("from", "2025-09-30T16:00").param("to", "2025-10-09T11:30"))
                .andExpect(jsonPath("$.workingSeconds").value(4 * 3600))
                .andExpect(jsonPath("$.workingTime").value("PT4H"));
    }

    @Test
    @WithUserDetails("clerk")
    void badDeadlineQuestionsGetFieldErrors() throws Exception {
        mvc.perform(get("/api/v1/calendar/working-time").param("from", "yesterday").param("workingDays", "3"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(get("/api/v1/calendar/working-time").param("from", "2026-09-29T16:00")
                        .param("workingDays", "3").param("workingHours", "2"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("workingDays"));
        mvc.perform(get("/api/v1/calendar/working-time").param("from", "2026-09-29T16:00").param("workingHours", "-1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("workingHours"));
    }

    @Test
    @WithUserDetails("clerk")
    void writingNeedsTheCalendarPermission() throws Exception {
        mvc.perform(post("/api/v1/calendar/2031/days").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\":\"2031-02-03\",\"kind\":\"HOLIDAY\",\"name\":\"x\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/calendar/days/2026-10-01").with(csrf())).andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/calendar/2031/publication").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"published\":true}"))
                .andExpect(status().isForbidden());
        assertThat(calendar.isWorkingDay(LocalDate.of(2031, 2, 3))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();
        assertThat(calendar.isPublished(2031)).isFalse();
    }

    @Test
    void anAdministratorEditsDaysThroughTheApi() throws Exception {
        var admin = user(Administrators.admin());
        mvc.perform(post("/api/v1/calendar/2031/days").with(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\":\"2030-12-31\",\"kind\":\"HOLIDAY\",\"name\":\"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("date"))
                .andExpect(jsonPath("$.errors[0].message").value("日期须在 2031 年内"));
        mvc.perform(post("/api/v1/calendar/2031/days").with(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\":\"2031-02-03\",\"kind\":\"HOLIDAY\",\"name\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        mvc.perform(post("/api/v1/calendar/2031/days").with(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\":\"2031-02-03\",\"kind\":\"HOLIDAY\",\"name\":\"春节\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.date").value("2031-02-03"));
        assertThat(calendar.isWorkingDay(LocalDate.of(2031, 2, 3))).isFalse();
        mvc.perform(delete("/api/v1/calendar/days/2031-02-03").with(admin).with(csrf())).andExpect(status().isNoContent());
        assertThat(calendar.isWorkingDay(LocalDate.of(2031, 2, 3))).isTrue();
        mvc.perform(delete("/api/v1/calendar/days/2031-02-03").with(admin).with(csrf())).andExpect(status().isNotFound());
    }

    /** The class attribute of the grid cell of a date. */
    private static String cellClass(String html, String date) {
        var m = Pattern.compile("<div class=\"([^\"]*)\"[^>]*data-date=\"" + date + "\"").matcher(html);
        assertThat(m.find()).as("cell of %s", date).isTrue();
        return m.group(1);
    }
}
