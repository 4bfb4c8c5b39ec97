package kehu.customer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import kehu.customer.transfer.ImportColumns;
import kehu.customer.transfer.ImportFiles;
import kehu.customer.transfer.ImportProblemRecords;
import kehu.customer.transfer.ImportRunRecord;
import kehu.customer.transfer.ImportRunRecords;
import kehu.customer.transfer.ImportRuns;
import kehu.organization.DataScope;
import kehu.organization.DataScopes;
import kehu.organization.KehuUser;
import kehu.organization.OrganizationDirectory;
import kehu.organization.Permissions;
import kehu.organization.StaffSummary;
import kehu.shared.NotFoundException;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Importing customers from .xlsx and .csv files (CUS-8): upload, column mapping (by header name, Chinese
 * or English, changeable), a dry run that checks every row exactly as the create form does and reports
 * duplicates against the database and within the file, a report of every rejected cell, and the import
 * of the accepted rows in one transaction — all or nothing — in the background with progress. Every run
 * is kept (who, when, file, SHA-256, counts, outcome, report); the import is audited.
 *
 * <p>Needs {@code customer.edit}; the rows' managers must be within the importer's scope. A person sees
 * their own runs; someone whose scope for {@code customer.edit} is everything sees all runs.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_EDIT + "')")
public class CustomerImports {

    private final ImportRuns runs;
    private final ImportRunRecords records;
    private final ImportProblemRecords problems;
    private final ImportColumns columns;
    private final ImportFiles files;
    private final DataScopes scopes;
    private final OrganizationDirectory directory;

    CustomerImports(ImportRuns runs, ImportRunRecords records, ImportProblemRecords problems, ImportColumns columns,
                    ImportFiles files, DataScopes scopes, OrganizationDirectory directory) {
        this.runs = runs;
        this.records = records;
        this.problems = problems;
        this.columns = columns;
        this.files = files;
        this.scopes = scopes;
        this.directory = directory;
    }

    /** The fields a column can be mapped to, labelled in the reader's language. */
    public List<ImportTarget> targets() {
        return columns.targets(LocaleContextHolder.getLocale());
    }

    /**
     * Keeps an uploaded file and reads its header row; returns the run's id. A file that is not a
     * readable CSV (UTF-8 or GBK/GB18030) or xlsx workbook is refused with a clear message (and recorded).
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public long upload(String fileName, InputStream content) throws IOException {
        return runs.upload(me(), fileName, content);
    }

    /** Checks every row without writing anything (in the background); the report follows. */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public void dryRun(long runId, ImportOptions options) {
        own(runId);
        runs.start(runId, options, true, scope(), me());
    }

    /** Checks and imports in one go (in the background), for the REST API. */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public void importNow(long runId, ImportOptions options) {
        own(runId);
        runs.start(runId, options, false, scope(), me());
    }

    /** Imports the accepted rows of a finished dry run (the person saw the report). */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public void confirm(long runId) {
        own(runId);
        runs.confirm(runId, scope(), me());
    }

    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public void cancel(long runId) {
        own(runId);
        runs.cancel(runId);
    }

    public ImportRunView get(long runId) {
        return runs.view(own(runId));
    }

    /** The report: rejected cells and warnings, by row. */
    public Page<ImportProblem> problems(long runId, Pageable pageable) {
        own(runId);
        return problems.findByRunIdOrderByRowNumberAscIdAsc(runId, pageable).map(p -> p.view());
    }

    /** The whole report as CSV. */
    public void writeReport(long runId, OutputStream out) throws IOException {
        own(runId);
        try (var lines = problems.streamByRunIdOrderByRowNumberAscIdAsc(runId)) {
            files.report(lines.map(p -> p.view())::iterator, LocaleContextHolder.getLocale(), out);
        }
    }

    /** A report line's message in the reader's language. */
    public String message(ImportProblem problem) {
        return files.message(problem, LocaleContextHolder.getLocale());
    }

    /** Earlier runs, newest first: one's own, or everyone's for a person whose scope is everything. */
    public Page<ImportRunView> history(Pageable pageable) {
        var me = me();
        var page = scope().all() ? records.findAllByOrderByIdDesc(pageable) : records.findByStaffIdOrderByIdDesc(me.id(), pageable);
        return page.map(runs::view);
    }

    /** The template: the header row in Chinese, industry fields included. */
    @PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_VIEW + "')")
    public void writeTemplate(String format, OutputStream out) throws IOException {
        if ("xlsx".equalsIgnoreCase(format)) {
            files.xlsxTemplate(out);
        } else {
            files.csvTemplate(out);
        }
    }

    private ImportRunRecord own(long runId) {
        var record = records.findById(runId).orElseThrow(() -> new NotFoundException("customer-import", runId));
        if (record.getStaffId() != me().id() && !scope().all()) {
            throw new NotFoundException("customer-import", runId);
        }
        return record;
    }

    private DataScope scope() {
        return scopes.forCurrentUser(Permissions.CUSTOMER_EDIT);
    }

    private StaffSummary me() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof KehuUser user)) {
            throw new AccessDeniedException("not signed in");
        }
        return directory.staff(user.staffId()).orElseThrow(() -> new AccessDeniedException("no staff"));
    }

    static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
