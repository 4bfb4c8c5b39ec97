package kehu.customer.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import kehu.customer.AbcClass;
import kehu.customer.CustomerDuplicates;
import kehu.customer.CustomerExport;
import kehu.customer.CustomerQuery;
import kehu.customer.CustomerImports;
import kehu.customer.CustomerKind;
import kehu.customer.CustomerStatus;
import kehu.customer.ImportOptions;
import kehu.customer.ImportPolicy;
import kehu.customer.ImportProblem;
import kehu.customer.ImportRunView;
import kehu.customer.PossibleDuplicate;
import kehu.organization.DataScopes;
import kehu.organization.Permissions;
import kehu.shared.DomainException;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * REST API of duplicates, merging, import and export (CUS-4, CUS-8):
 * <ul>
 *   <li>{@code GET /api/v1/customers/duplicates?name=&phone=&idNumber=&kind=} — likely duplicates;</li>
 *   <li>{@code POST /api/v1/customers/{winner}/merge/{loser}} (body {@code {"take": ["mobile"]}}, optional);</li>
 *   <li>{@code POST /api/v1/customers/imports} (multipart: {@code file}; {@code mapping} once per column in
 *       order — a target code or empty —, by header names when absent; {@code policy}; {@code defaultOwnerId};
 *       {@code dryRun}) answers 202 with the run's id; the run goes on in the background;</li>
 *   <li>{@code GET /api/v1/customers/imports/{id}} — status, counts and the report (paged);
 *       {@code POST …/{id}/confirm} imports a dry run's accepted rows; {@code GET …/{id}/report.csv};</li>
 *   <li>{@code GET /api/v1/customers/export.csv|.xlsx} with the list's filters.</li>
 * </ul>
 * An unreadable file (wrong encoding, not a workbook, damaged) answers 409 with a clear {@code detail}.
 */
@RestController
@RequestMapping("/api/v1/customers")
class TransferApi {

    private final CustomerDuplicates duplicates;
    private final CustomerImports imports;
    private final CustomerExport export;
    private final DataScopes scopes;

    TransferApi(CustomerDuplicates duplicates, CustomerImports imports, CustomerExport export, DataScopes scopes) {
        this.duplicates = duplicates;
        this.imports = imports;
        this.export = export;
        this.scopes = scopes;
    }

    record MergeRequest(Set<String> take) {
    }

    record Created(long id) {
    }

    record ImportRunDto(ImportRunView run, List<ProblemDto> problems, int page, long totalProblems) {
    }

    record ProblemDto(long row, String column, String value, String severity, String messageKey, String message) {
    }

    @GetMapping("/duplicates")
    @PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_VIEW + "')")
    List<PossibleDuplicate> duplicates(@RequestParam(required = false) String name,
                                       @RequestParam(required = false) String phone,
                                       @RequestParam(required = false) String idNumber,
                                       @RequestParam(required = false) CustomerKind kind) {
        return duplicates.find(kind, name, phone, idNumber);
    }

    @PostMapping("/{winner}/merge/{loser}")
    @PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_EDIT + "')")
    ResponseEntity<Void> merge(@PathVariable long winner, @PathVariable long loser,
                               @RequestBody(required = false) MergeRequest request) {
        duplicates.merge(winner, loser, request == null ? Set.of() : request.take(),
                scopes.forCurrentUser(Permissions.CUSTOMER_EDIT));
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/imports", consumes = "multipart/form-data")
    @PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_EDIT + "')")
    ResponseEntity<Created> startImport(@RequestParam(name = "file", required = false) MultipartFile file,
                                        @RequestParam(required = false) List<String> mapping,
                                        @RequestParam(defaultValue = "VALID_ROWS") ImportPolicy policy,
                                        @RequestParam(required = false) Long defaultOwnerId,
                                        @RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
        if (file == null || file.isEmpty()) {
            throw DomainException.invalid("file", "customer.import.file.required");
        }
        long id;
        try (var in = file.getInputStream()) {
            id = imports.upload(file.getOriginalFilename(), in);
        }
        var options = new ImportOptions(mapping, policy, defaultOwnerId);
        if (dryRun) {
            imports.dryRun(id, options);
        } else {
            imports.importNow(id, options);
        }
        return ResponseEntity.accepted().location(URI.create("/api/v1/customers/imports/" + id)).body(new Created(id));
    }

    @GetMapping("/imports/{id}")
    @PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_EDIT + "')")
    ImportRunDto importRun(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
                           @RequestParam(defaultValue = "100") int size) {
        var run = imports.get(id);
        var problems = imports.problems(id, PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 1000)));
        return new ImportRunDto(run, problems.getContent().stream().map(this::dto).toList(), problems.getNumber(),
                problems.getTotalElements());
    }

    private ProblemDto dto(ImportProblem p) {
        return new ProblemDto(p.row(), p.column(), p.value(), p.error() ? "ERROR" : "WARNING", p.messageKey(),
                imports.message(p));
    }

    @PostMapping("/imports/{id}/confirm")
    @PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_EDIT + "')")
    ResponseEntity<Void> confirm(@PathVariable long id) {
        imports.confirm(id);
        return ResponseEntity.accepted().build();
    }

    @GetMapping("/imports/{id}/report.csv")
    @PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_EDIT + "')")
    void report(@PathVariable long id, HttpServletResponse response) throws IOException {
        imports.get(id);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"import-" + id + "-report.csv\"");
        imports.writeReport(id, response.getOutputStream());
    }

    /** The customer search's parameters ({@code q}, filters; see {@code GET /customers/search}). */
    @GetMapping("/export.csv")
    @PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_VIEW + "')")
    void exportCsv(@RequestParam MultiValueMap<String, String> parameters, HttpServletResponse response) throws IOException {
        var query = CustomerQuery.parse(parameters);
        TransferController.attachment(response, "text/csv;charset=UTF-8", "csv");
        export.writeCsv(query, response.getOutputStream());
    }

    @GetMapping("/export.xlsx")
    @PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_VIEW + "')")
    void exportXlsx(@RequestParam MultiValueMap<String, String> parameters, HttpServletResponse response) throws IOException {
        var query = CustomerQuery.parse(parameters);
        TransferController.attachment(response, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");
        export.writeXlsx(query, response.getOutputStream());
    }
}
