package kehu.servicedesk.web;

import java.io.IOException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import kehu.servicedesk.ServiceReports;
import kehu.servicedesk.ServiceReports.MatterLine;
import kehu.servicedesk.ServiceReports.RateKind;
import kehu.shared.ClockConfiguration;
import kehu.shared.DomainException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import tools.jackson.databind.json.JsonMapper;

/**
 * Service reports (SVC-6, SVC-9) for the supervisor and the general manager's office: the rates against
 * their target with a six-month trend and the ratings per service item, the records behind each rate, the
 * daily duty and complaint reports, the return-visit report by day, week or month, the complaint analysis and
 * the weekly list of unfinished items. Every report downloads as .xlsx with the same figures; charts are
 * ECharts, fed the page's own numbers.
 */
@Controller
@RequestMapping("/service/reports")
@PreAuthorize("hasAnyAuthority('report.view','service.dispatch')")
class ServiceReportController {

    private final ServiceReports reports;
    private final ServicePages pages;
    private final JsonMapper json;
    private final Clock clock;

    ServiceReportController(ServiceReports reports, ServicePages pages, JsonMapper json, Clock clock) {
        this.reports = reports;
        this.pages = pages;
        this.json = json;
        this.clock = clock;
    }

    /** Whether the viewer may open the matters and work orders a report lists (a report viewer alone may not). */
    @org.springframework.web.bind.annotation.ModelAttribute("canOpen")
    boolean canOpen(@org.springframework.security.core.annotation.AuthenticationPrincipal kehu.organization.KehuUser me) {
        return me != null && (me.has(kehu.organization.Permissions.SERVICE_INTAKE) || me.has(kehu.organization.Permissions.SERVICE_DISPATCH)
                || me.has(kehu.organization.Permissions.SERVICE_HANDLE));
    }

    /** The dates a report asks for, parsed, or the defaults with the reason they were refused. */
    private record Period(LocalDate from, LocalDate to, String refusal) {
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ClockConfiguration.ZONE);
    }

    private Period period(String from, String to, LocalDate defaultFrom, LocalDate defaultTo) {
        try {
            var f = from == null || from.isBlank() ? defaultFrom : LocalDate.parse(from.strip());
            var t = to == null || to.isBlank() ? defaultTo : LocalDate.parse(to.strip());
            return new Period(f, t, null);
        } catch (DateTimeParseException e) {
            return new Period(defaultFrom, defaultTo, pages.text("servicedesk.report.badDate"));
        }
    }

    private LocalDate day(String day, Model model) {
        try {
            return day == null || day.isBlank() ? today() : LocalDate.parse(day.strip());
        } catch (DateTimeParseException e) {
            model.addAttribute("refusal", pages.text("servicedesk.report.badDate"));
            return today();
        }
    }

    // --- rates (SVC-6) --------------------------------------------------------------------------

    @GetMapping
    String rates(@RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
        var p = period(from, to, today().withDayOfMonth(1), today());
        ServiceReports.RatesReport r;
        try {
            r = reports.rates(p.from(), p.to());
            model.addAttribute("refusal", p.refusal());
        } catch (DomainException e) {
            model.addAttribute("refusal", pages.text(e));
            r = reports.rates(today().withDayOfMonth(1), today());
        }
        ratesCharts(r, model);
        return "servicedesk/report-rates";
    }

    private void ratesCharts(ServiceReports.RatesReport r, Model model) {
        model.addAttribute("r", r);
        model.addAttribute("tab", "rates");
        var series = new ArrayList<Map<String, Object>>();
        r.trend().forEach((kind, values) -> series.add(Map.of("name", pages.text("servicedesk.rate." + kind), "type", "line",
                "connectNulls", true, "data", values)));
        var target = Map.<String, Object>of("name", pages.text("servicedesk.report.target"), "type", "line",
                "symbol", "none", "lineStyle", Map.of("type", "dashed", "color", "#c0392b"),
                "itemStyle", Map.of("color", "#c0392b"),
                "data", r.months().stream().map(m -> r.satisfactionTarget()).toList());
        series.add(target);
        model.addAttribute("trendChart", chart(Map.of(
                "tooltip", Map.of("trigger", "axis", "valueFormatter", "percent"),
                "legend", Map.of("top", 0),
                "grid", Map.of("left", 40, "right", 16, "top", 56, "bottom", 28),
                "xAxis", Map.of("type", "category", "data", r.months()),
                "yAxis", Map.of("type", "value", "min", 0, "max", 100, "axisLabel", Map.of("formatter", "{value}%")),
                "series", series)));
        model.addAttribute("itemChart", chart(Map.of(
                "tooltip", Map.of("trigger", "axis"),
                "grid", Map.of("left", 110, "right", 24, "top", 8, "bottom", 24),
                "xAxis", Map.of("type", "value", "min", 0, "max", 5),
                "yAxis", Map.of("type", "category", "inverse", true, "data", r.items().stream().map(i -> i.label()).toList()),
                "series", List.of(Map.of("name", pages.text("servicedesk.report.averageScore"), "type", "bar",
                        "data", r.items().stream().map(i -> i.ratings() == 0 ? null : i.average()).toList(),
                        "label", Map.of("show", true, "position", "right"))))));
    }

    @GetMapping("/rates.xlsx")
    void ratesExport(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                     HttpServletResponse response) throws IOException {
        var p = period(from, to, today().withDayOfMonth(1), today());
        var r = reports.rates(p.from(), p.to());
        var book = new ReportWorkbook();
        var title = pages.text("servicedesk.reports.rates") + " " + r.from() + " – " + r.to();
        var rows = book.sheet(pages.text("servicedesk.reports.rates"), title, List.of(pages.text("servicedesk.report.rate"),
                pages.text("servicedesk.report.numerator"), pages.text("servicedesk.report.denominator"),
                pages.text("servicedesk.report.percent")));
        for (var rate : r.rates()) {
            rows.add(ReportWorkbook.row(pages.text("servicedesk.rate." + rate.kind()), rate.numerator(), rate.denominator(),
                    rate.percent()));
        }
        var items = book.sheet(pages.text("servicedesk.report.items"), title, List.of(pages.text("servicedesk.report.item"),
                pages.text("servicedesk.report.ratings"), pages.text("servicedesk.report.averageScore"),
                pages.text("servicedesk.report.satisfiedPercent")));
        for (var i : r.items()) {
            items.add(ReportWorkbook.row(i.label(), i.ratings(), i.ratings() == 0 ? null : i.average(),
                    i.ratings() == 0 ? null : i.satisfiedPercent()));
        }
        var header = new ArrayList<String>();
        header.add(pages.text("servicedesk.report.month"));
        r.trend().keySet().forEach(k -> header.add(pages.text("servicedesk.rate." + k)));
        var trend = book.sheet(pages.text("servicedesk.report.trend"), title, header);
        for (int m = 0; m < r.months().size(); m++) {
            var row = ReportWorkbook.row(r.months().get(m));
            for (var values : r.trend().values()) {
                row.add(values.get(m));
            }
            trend.add(row);
        }
        reports.exported("rates", "from=" + r.from() + ", to=" + r.to(), rows.size());
        book.send(response, pages.text("servicedesk.reports.rates") + "-" + r.from() + "-" + r.to());
    }

    @GetMapping("/trace")
    String trace(@RequestParam RateKind kind, @RequestParam(required = false) String from,
                 @RequestParam(required = false) String to, Model model) {
        var p = period(from, to, today().withDayOfMonth(1), today());
        model.addAttribute("refusal", p.refusal());
        try {
            model.addAttribute("lines", reports.trace(kind, p.from(), p.to()));
        } catch (DomainException e) {
            model.addAttribute("refusal", pages.text(e));
            model.addAttribute("lines", List.of());
        }
        model.addAttribute("kind", kind);
        model.addAttribute("from", p.from());
        model.addAttribute("to", p.to());
        model.addAttribute("max", 1000);
        model.addAttribute("tab", "rates");
        return "servicedesk/report-trace";
    }

    // --- daily duty and complaint reports (SVC-9) ------------------------------------------------------

    @GetMapping("/daily")
    String daily(@RequestParam(required = false) String day, Model model) {
        var d = day(day, model);
        var duty = reports.duty(d);
        model.addAttribute("duty", duty);
        model.addAttribute("complaints", reports.complaintsOf(d));
        model.addAttribute("tab", "daily");
        model.addAttribute("typeChart", chart(Map.of(
                "tooltip", Map.of("trigger", "item"),
                "legend", Map.of("orient", "vertical", "left", 0),
                "series", List.of(Map.of("type", "pie", "radius", List.of("40%", "70%"), "center", List.of("60%", "50%"),
                        "data", duty.byType().entrySet().stream().filter(e -> e.getValue() > 0)
                                .map(e -> Map.of("name", pages.text("servicedesk.type." + e.getKey()), "value", e.getValue()))
                                .toList())))));
        return "servicedesk/report-daily";
    }

    @GetMapping("/daily.xlsx")
    void dailyExport(@RequestParam(required = false) String day, HttpServletResponse response, Model model) throws IOException {
        var d = day(day, model);
        var duty = reports.duty(d);
        var book = new ReportWorkbook();
        var title = pages.text("servicedesk.reports.duty") + " " + d;
        var summary = book.sheet(pages.text("servicedesk.reports.summary"), title,
                List.of(pages.text("servicedesk.report.group"), pages.text("servicedesk.report.count")));
        duty.byType().forEach((t, n) -> summary.add(ReportWorkbook.row(pages.text("servicedesk.type." + t), n)));
        duty.byChannel().forEach((c, n) -> summary.add(ReportWorkbook.row(c, n)));
        summary.add(ReportWorkbook.row(pages.text("servicedesk.report.answeredAtOnce"), duty.answeredAtOnce()));
        matterSheet(book, pages.text("servicedesk.reports.duty"), title, duty.matters());
        var complaints = reports.complaintsOf(d);
        matterSheet(book, pages.text("servicedesk.reports.complaintsDaily"),
                pages.text("servicedesk.reports.complaintsDaily") + " " + d, complaints);
        reports.exported("daily", "day=" + d, duty.matters().size() + complaints.size());
        book.send(response, pages.text("servicedesk.reports.duty") + "-" + d);
    }

    // --- return-visit report (SVC-9) -------------------------------------------------------------

    /** The period of a return-visit report: a day, the Monday-to-Sunday week or the month of {@code date}. */
    private Period visitPeriod(String by, String date, String from, String to, Model model) {
        if (from != null && !from.isBlank()) {
            return period(from, to, today(), today());
        }
        var d = day(date, model);
        return switch (by == null ? "week" : by) {
            case "day" -> new Period(d, d, null);
            case "month" -> new Period(d.withDayOfMonth(1), d.with(TemporalAdjusters.lastDayOfMonth()), null);
            default -> new Period(d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                    d.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)), null);
        };
    }

    @GetMapping("/visits")
    String visits(@RequestParam(defaultValue = "week") String by, @RequestParam(required = false) String date,
                  @RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
        var p = visitPeriod(by, date, from, to, model);
        ServiceReports.VisitReport r;
        try {
            r = reports.visits(p.from(), p.to());
            if (p.refusal() != null) {
                model.addAttribute("refusal", p.refusal());
            }
        } catch (DomainException e) {
            model.addAttribute("refusal", pages.text(e));
            r = reports.visits(today(), today());
        }
        visitCharts(r, model);
        model.addAttribute("by", List.of("day", "week", "month").contains(by) ? by : "week");
        model.addAttribute("date", p.from());
        return "servicedesk/report-visits";
    }

    private void visitCharts(ServiceReports.VisitReport r, Model model) {
        model.addAttribute("r", r);
        model.addAttribute("tab", "visits");
        var kinds = r.kinds().stream().filter(k -> k.due() > 0).toList();
        var labels = kinds.stream().map(k -> pages.text("servicedesk.visit.kind." + k.kind())).toList();
        model.addAttribute("visitChart", chart(Map.of(
                "tooltip", Map.of("trigger", "axis"),
                "legend", Map.of("top", 0),
                "grid", Map.of("left", 40, "right", 16, "top", 36, "bottom", 60),
                "xAxis", Map.of("type", "category", "data", labels, "axisLabel", Map.of("interval", 0, "rotate", 20)),
                "yAxis", Map.of("type", "value", "minInterval", 1),
                "series", List.of(
                        stack("servicedesk.visit.outcome.SATISFIED", kinds.stream().map(k -> k.satisfied()).toList(), "#2e8b57"),
                        stack("servicedesk.visit.outcome.DISSATISFIED", kinds.stream().map(k -> k.dissatisfied()).toList(), "#c0392b"),
                        stack("servicedesk.visit.status.FAILED", kinds.stream().map(k -> k.failed()).toList(), "#7f8c8d"),
                        stack("servicedesk.visit.status.DUE", kinds.stream().map(k -> k.pending()).toList(), "#f0ad4e")))));
    }

    private Map<String, Object> stack(String key, List<Long> data, String color) {
        return Map.of("name", pages.text(key), "type", "bar", "stack", "visits", "data", data,
                "itemStyle", Map.of("color", color));
    }

    @GetMapping("/visits.xlsx")
    void visitsExport(@RequestParam(defaultValue = "week") String by, @RequestParam(required = false) String date,
                      @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                      HttpServletResponse response, Model model) throws IOException {
        var p = visitPeriod(by, date, from, to, model);
        var r = reports.visits(p.from(), p.to());
        var book = new ReportWorkbook();
        var title = pages.text("servicedesk.reports.visits") + " " + r.from() + " – " + r.to();
        var rows = book.sheet(pages.text("servicedesk.reports.visits"), title, List.of(pages.text("servicedesk.visit.kind"),
                pages.text("servicedesk.report.due"), pages.text("servicedesk.report.done"),
                pages.text("servicedesk.visit.outcome.SATISFIED"), pages.text("servicedesk.visit.outcome.DISSATISFIED"),
                pages.text("servicedesk.visit.status.FAILED"), pages.text("servicedesk.visit.status.DUE"),
                pages.text("servicedesk.rate.CALLBACK"), pages.text("servicedesk.rate.SATISFACTION")));
        for (var k : r.kinds()) {
            rows.add(ReportWorkbook.row(pages.text("servicedesk.visit.kind." + k.kind()), k.due(), k.done(), k.satisfied(),
                    k.dissatisfied(), k.failed(), k.pending(), k.callbackPercent(), k.satisfactionPercent()));
        }
        reports.exported("visits", "from=" + r.from() + ", to=" + r.to(), rows.size());
        book.send(response, pages.text("servicedesk.reports.visits") + "-" + r.from() + "-" + r.to());
    }

    // --- complaint analysis (SVC-9) --------------------------------------------------------------

    @GetMapping("/complaints")
    String complaints(@RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
        var p = period(from, to, today().withDayOfMonth(1), today());
        ServiceReports.ComplaintAnalysis r;
        try {
            r = reports.complaints(p.from(), p.to());
            model.addAttribute("refusal", p.refusal());
        } catch (DomainException e) {
            model.addAttribute("refusal", pages.text(e));
            r = reports.complaints(today().withDayOfMonth(1), today());
        }
        model.addAttribute("r", r);
        model.addAttribute("tab", "complaints");
        model.addAttribute("causeChart", countChart(r.byCause()));
        model.addAttribute("departmentChart", countChart(r.byDepartment()));
        return "servicedesk/report-complaints";
    }

    private String countChart(List<ServiceReports.Count> counts) {
        return chart(Map.of(
                "tooltip", Map.of("trigger", "axis"),
                "legend", Map.of("top", 0),
                "grid", Map.of("left", 110, "right", 24, "top", 32, "bottom", 24),
                "xAxis", Map.of("type", "value", "minInterval", 1),
                "yAxis", Map.of("type", "category", "inverse", true, "data", counts.stream().map(c -> c.label()).toList()),
                "series", List.of(
                        Map.of("name", pages.text("servicedesk.report.complaints"), "type", "bar",
                                "data", counts.stream().map(c -> c.count()).toList(), "itemStyle", Map.of("color", "#5b8def")),
                        Map.of("name", pages.text("servicedesk.report.substantiated"), "type", "bar",
                                "data", counts.stream().map(c -> c.substantiated()).toList(), "itemStyle", Map.of("color", "#c0392b")))));
    }

    @GetMapping("/complaints.xlsx")
    void complaintsExport(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                          HttpServletResponse response) throws IOException {
        var p = period(from, to, today().withDayOfMonth(1), today());
        var r = reports.complaints(p.from(), p.to());
        var book = new ReportWorkbook();
        var title = pages.text("servicedesk.reports.complaints") + " " + r.from() + " – " + r.to();
        var header = List.of(pages.text("servicedesk.report.group"), pages.text("servicedesk.report.complaints"),
                pages.text("servicedesk.report.substantiated"));
        var total = book.sheet(pages.text("servicedesk.reports.summary"), title, List.of(pages.text("servicedesk.report.resolvedComplaints"),
                pages.text("servicedesk.report.substantiated"), pages.text("servicedesk.report.substantiatedPercent")));
        total.add(ReportWorkbook.row(r.resolved(), r.substantiated(), r.substantiatedPercent()));
        long lines = 0;
        for (var part : List.of(Map.entry("servicedesk.report.byCause", r.byCause()),
                Map.entry("servicedesk.report.byDepartment", r.byDepartment()),
                Map.entry("servicedesk.report.byCategory", r.byCategory()))) {
            var rows = book.sheet(pages.text(part.getKey()), title, header);
            part.getValue().forEach(c -> rows.add(ReportWorkbook.row(c.label(), c.count(), c.substantiated())));
            lines += rows.size();
        }
        reports.exported("complaints", "from=" + r.from() + ", to=" + r.to(), lines);
        book.send(response, pages.text("servicedesk.reports.complaints") + "-" + r.from() + "-" + r.to());
    }

    // --- unfinished items (SVC-9) ----------------------------------------------------------------

    @GetMapping("/unfinished")
    String unfinished(@RequestParam(required = false) String asOf, Model model) {
        var d = day(asOf, model);
        model.addAttribute("r", reports.unfinished(d));
        model.addAttribute("tab", "unfinished");
        model.addAttribute("max", 1000);
        return "servicedesk/report-unfinished";
    }

    @GetMapping("/unfinished.xlsx")
    void unfinishedExport(@RequestParam(required = false) String asOf, HttpServletResponse response, Model model)
            throws IOException {
        var d = day(asOf, model);
        var r = reports.unfinished(d);
        var book = new ReportWorkbook();
        var title = pages.text("servicedesk.reports.unfinished") + " " + d;
        matterSheet(book, pages.text("servicedesk.reports.unfinishedMatters"), title, r.matters());
        var visits = book.sheet(pages.text("servicedesk.reports.overdueVisits"), title, List.of(pages.text("servicedesk.visit.kind"),
                pages.text("servicedesk.field.subject"), pages.text("servicedesk.field.customer"), pages.text("servicedesk.field.unit"),
                pages.text("servicedesk.visit.due"), pages.text("servicedesk.visit.attempts")));
        r.visits().forEach(v -> visits.add(ReportWorkbook.row(pages.text("servicedesk.visit.kind." + v.kind()), v.subject(),
                v.customerName(), v.unitName(), v.dueBy(), v.attempts())));
        reports.exported("unfinished", "asOf=" + d, r.matters().size() + r.visits().size());
        book.send(response, pages.text("servicedesk.reports.unfinished") + "-" + d);
    }

    // --- helpers ---------------------------------------------------------------------------------

    private void matterSheet(ReportWorkbook book, String name, String title, List<MatterLine> lines) {
        var rows = book.sheet(name, title, List.of(pages.text("servicedesk.field.number"), pages.text("servicedesk.field.type"),
                pages.text("servicedesk.field.channel"), pages.text("servicedesk.field.category"),
                pages.text("servicedesk.field.subject"), pages.text("servicedesk.field.customer"),
                pages.text("servicedesk.field.status"), pages.text("servicedesk.field.handlingUnit"),
                pages.text("servicedesk.field.receivedAt"), pages.text("servicedesk.field.resolvedAt"),
                pages.text("servicedesk.field.resolveDueAt"), pages.text("servicedesk.report.substantiated"),
                pages.text("servicedesk.report.overdue")));
        for (var m : lines) {
            rows.add(ReportWorkbook.row(m.number(), pages.text("servicedesk.type." + m.type()), m.channel(), m.category(),
                    m.subject(), m.customer(), pages.text("servicedesk.status." + m.status()), m.handlingUnit(),
                    m.receivedAt(), m.resolvedAt(), m.resolveDueAt(),
                    m.substantiated() == null ? null : pages.text(m.substantiated() ? "common.yes" : "common.no"),
                    m.overdue() ? pages.text("common.yes") : null));
        }
    }

    private String chart(Map<String, Object> option) {
        return json.writeValueAsString(option);
    }
}
