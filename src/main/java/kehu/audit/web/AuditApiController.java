package kehu.audit.web;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import kehu.audit.AuditEntryRow;
import kehu.audit.AuditLog;
import kehu.audit.ChainVerification;
import kehu.shared.ClockConfiguration;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit log over REST: search (paged JSON, newest first), chain verification, and the CSV export
 * (also linked from the page). Query parameters: {@code from}, {@code to} (ISO dates, Asia/Shanghai),
 * {@code actor}, {@code action} (prefix), {@code targetType}, {@code targetId}, {@code text}, {@code page}, {@code size}.
 */
@RestController
@RequestMapping("/api/v1/audit")
@PreAuthorize("hasAuthority('audit.view')")
class AuditApiController {

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final List<String> CSV_COLUMNS = List.of("seq", "occurredAt", "actor", "actionCode", "action",
            "targetType", "targetId", "before", "after", "hash");

    private final AuditLog auditLog;
    private final MessageSource messages;
    private final Clock clock;

    AuditApiController(AuditLog auditLog, MessageSource messages, Clock clock) {
        this.auditLog = auditLog;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    PagedModel<AuditEntryRow> search(@ModelAttribute("filter") AuditSearchForm form,
                                     @PageableDefault(size = AuditController.PAGE_SIZE) Pageable pageable) {
        return new PagedModel<>(auditLog.search(form.toFilter(), pageable));
    }

    @GetMapping("/verification")
    ChainVerification verification() {
        return auditLog.verify();
    }

    /** Streams the matching entries as CSV; the export is itself audited. */
    @GetMapping("/export.csv")
    @PreAuthorize("hasAuthority('audit.view') and hasAuthority('audit.export')")
    void export(@ModelAttribute("filter") AuditSearchForm form, HttpServletResponse response, Locale locale)
            throws IOException {
        var filter = form.toFilter();
        var fileName = "audit-log-" + FILE_TIME.format(clock.instant().atZone(ClockConfiguration.ZONE)) + ".csv";
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName).build().toString());
        var out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        var csv = new AuditCsv(out, code -> messages.getMessage("audit.action." + code, null, code, locale));
        csv.start(CSV_COLUMNS.stream().map(c -> messages.getMessage("audit.column." + c, null, locale)).toList());
        auditLog.export(filter, csv::write);
        out.flush();
    }
}
