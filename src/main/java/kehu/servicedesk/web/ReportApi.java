package kehu.servicedesk.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import kehu.servicedesk.ServiceReports;
import kehu.shared.ClockConfiguration;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API of the service reports (SVC-6, SVC-9), the same figures as the pages and workbooks, in the caller's
 * scope ({@code report.view} or {@code service.dispatch}, checked by {@link ServiceReports}). Dates are ISO
 * {@code yyyy-MM-dd} in Asia/Shanghai; a period defaults to this month so far, a day to today.
 */
@RestController
@RequestMapping("/api/v1/service/reports")
class ReportApi {

    private final ServiceReports reports;
    private final Clock clock;

    ReportApi(ServiceReports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ClockConfiguration.ZONE);
    }

    private LocalDate from(LocalDate from) {
        return from == null ? today().withDayOfMonth(1) : from;
    }

    private LocalDate to(LocalDate to) {
        return to == null ? today() : to;
    }

    @GetMapping("/rates")
    ServiceReports.RatesReport rates(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return reports.rates(from(from), to(to));
    }

    /** The records behind a rate (at most 1,000), each marked whether it counts in the numerator. */
    @GetMapping("/rates/trace")
    List<ServiceReports.TraceLine> trace(@RequestParam ServiceReports.RateKind kind,
                                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return reports.trace(kind, from(from), to(to));
    }

    record Daily(ServiceReports.DutyReport duty, List<ServiceReports.MatterLine> complaints) {
    }

    /** The daily duty report (值班日报) and the day's complaints (投诉日报). */
    @GetMapping("/daily")
    Daily daily(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        var d = day == null ? today() : day;
        return new Daily(reports.duty(d), reports.complaintsOf(d));
    }

    /** Return visits by kind over the period (7DC and 3DC separately): due, done, satisfied, … */
    @GetMapping("/visits")
    ServiceReports.VisitReport visits(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return reports.visits(from(from), to(to));
    }

    /** Complaint analysis: resolved, substantiated, by cause and by department. */
    @GetMapping("/complaints")
    ServiceReports.ComplaintAnalysis complaints(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return reports.complaints(from(from), to(to));
    }

    /** The unfinished items as of a day: open matters and return visits past due. */
    @GetMapping("/unfinished")
    ServiceReports.Unfinished unfinished(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return reports.unfinished(asOf == null ? today() : asOf);
    }
}
