package kehu.archive.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import kehu.archive.ArchiveDetails;
import kehu.archive.ArchiveFilter;
import kehu.archive.ArchiveIntegrity;
import kehu.archive.ArchiveManagement;
import kehu.archive.ArchiveRow;
import kehu.archive.ArchiveStatus;
import kehu.archive.BusinessEventForm;
import kehu.archive.CategoryView;
import kehu.archive.Confidentiality;
import kehu.archive.CorrectionForm;
import kehu.archive.IntegrityRunView;
import kehu.archive.MissingItem;
import kehu.archive.ProblemView;
import kehu.archive.ScopeItemView;
import kehu.archive.TableOfContents;
import kehu.organization.Permissions;
import kehu.shared.NotFoundException;

import org.springframework.core.io.InputStreamResource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * REST API of customer archives ({@code /api/v1/archives…}). Reads obey data scope, clearance and the hidden
 * mark (an archive the caller may not see answers 404). Documents are filed as {@code multipart/form-data}:
 * the metadata as form fields, the file as part {@code file}; a file above the size limit is refused with
 * 413 from its Content-Length before it is read. A file is served only after its SHA-256 matched intake;
 * otherwise 409 with the reason.
 */
@RestController
@RequestMapping("/api/v1/archives")
class ArchiveApi {

    private final ArchiveManagement archives;
    private final ArchiveIntegrity integrity;
    private final kehu.archive.ArchiveLending lending;
    private final kehu.archive.ArchiveStatistics statistics;
    private final kehu.archive.ArchiveHandovers handovers;
    private final kehu.archive.ArchiveDisposition disposition;

    ArchiveApi(ArchiveManagement archives, ArchiveIntegrity integrity, kehu.archive.ArchiveLending lending,
               kehu.archive.ArchiveStatistics statistics, kehu.archive.ArchiveHandovers handovers,
               kehu.archive.ArchiveDisposition disposition) {
        this.handovers = handovers;
        this.disposition = disposition;
        this.archives = archives;
        this.integrity = integrity;
        this.lending = lending;
        this.statistics = statistics;
    }

    // --- disposition (ARC-8) -----------------------------------------------------------------------

    record HoldForm(boolean hold, String reason) {
    }

    record DestructionForm(String appraisal, String witnesses) {
    }

    @PutMapping("/{id}/legal-hold")
    ResponseEntity<Void> legalHold(@PathVariable long id, @RequestBody HoldForm form) {
        disposition.legalHold(id, form.hold(), form.reason());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/destructions")
    ResponseEntity<Created> requestDestruction(@PathVariable long id, @RequestBody DestructionForm form) {
        return ResponseEntity.status(201).body(new Created(disposition.request(id, form.appraisal(), form.witnesses())));
    }

    @GetMapping("/{id}/destructions")
    List<kehu.archive.DestructionRow> destructionsOf(@PathVariable long id) {
        return disposition.ofArchive(id);
    }

    @GetMapping("/destructions")
    PageDto<kehu.archive.DestructionRow> destructionRegister(@RequestParam(defaultValue = "0") int page,
                                                            @RequestParam(defaultValue = "20") int size) {
        return PageDto.of(disposition.register(PageRequest.of(Math.max(0, page), Math.min(Math.max(1, size), 200))));
    }

    // --- handovers on a change of manager (ARC-9) ----------------------------------------------------

    @GetMapping("/{id}/handovers")
    List<kehu.archive.HandoverView> handovers(@PathVariable long id) {
        return handovers.ofArchive(id);
    }

    @GetMapping("/handovers/pending")
    List<kehu.archive.HandoverView> pendingHandovers() {
        return handovers.pending();
    }

    @PostMapping("/handovers/items/{itemId}/confirm")
    ResponseEntity<Void> confirmHandoverItem(@PathVariable long itemId) {
        handovers.confirm(itemId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/statistics")
    kehu.archive.ArchiveStatistics.Figures statistics() {
        return statistics.figures();
    }

    /** ARC-11 by period: {@code year} month by month (default this year) and the disposition ahead. */
    @GetMapping("/statistics/period")
    kehu.archive.ArchiveStatistics.Period period(@RequestParam(required = false) Integer year) {
        return statistics.period(year == null ? statistics.thisYear() : year);
    }

    record HandOutForm(String signedName) {
    }

    record ReturnForm(kehu.archive.ReturnCondition condition, String note) {
    }

    // --- lending (ARC-7) ---------------------------------------------------------------------------

    @PostMapping("/{id}/loans")
    ResponseEntity<Created> requestLoan(@PathVariable long id, @RequestBody kehu.archive.LoanForm form) {
        long loanId = lending.request(id, form);
        return ResponseEntity.created(URI.create("/api/v1/archives/loans/" + loanId)).body(new Created(loanId));
    }

    @GetMapping("/loans")
    PageDto<kehu.archive.LoanRow> loans(@RequestParam(required = false) String q,
                                        @RequestParam(required = false) kehu.archive.LoanStatus status,
                                        @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return PageDto.of(lending.register(q, status, PageRequest.of(Math.max(0, page), Math.min(Math.max(1, size), 200))));
    }

    @GetMapping("/loans/mine")
    PageDto<kehu.archive.LoanRow> myLoans(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return PageDto.of(lending.mine(PageRequest.of(Math.max(0, page), Math.min(Math.max(1, size), 200))));
    }

    @GetMapping("/loans/{loanId}")
    kehu.archive.LoanRow loan(@PathVariable long loanId) {
        return lending.get(loanId);
    }

    @PostMapping("/loans/{loanId}/hand-out")
    kehu.archive.LoanRow handOut(@PathVariable long loanId, @RequestBody HandOutForm form) {
        lending.handOut(loanId, form.signedName());
        return lending.get(loanId);
    }

    @PostMapping("/loans/{loanId}/return")
    kehu.archive.LoanRow giveBack(@PathVariable long loanId, @RequestBody ReturnForm form) {
        lending.giveBack(loanId, form.condition(), form.note());
        return lending.get(loanId);
    }

    record PageDto<T>(List<T> content, int page, int size, long totalElements, int totalPages) {
        static <T> PageDto<T> of(Page<T> p) {
            return new PageDto<>(p.getContent(), p.getNumber(), p.getSize(), p.getTotalElements(), p.getTotalPages());
        }
    }

    record Created(long id) {
    }

    record VersionCreated(long documentId, int versionNo) {
    }

    record LevelForm(Confidentiality confidentiality) {
    }

    record HiddenForm(boolean hidden) {
    }

    record GrantForm(String username) {
    }

    record RunReport(IntegrityRunView run, List<ProblemView> problems) {
    }

    @GetMapping
    PageDto<ArchiveRow> list(@RequestParam(required = false) String q, @RequestParam(required = false) String category,
                             @RequestParam(required = false) ArchiveStatus status,
                             @RequestParam(required = false) Boolean incomplete,
                             @RequestParam(required = false) String integrity,
                             @RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(
                                     iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate destroyBy,
                             @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        var pageable = PageRequest.of(Math.max(0, page), Math.min(Math.max(1, size), 200), Sort.by(Sort.Direction.DESC, "id"));
        return PageDto.of(archives.list(new ArchiveFilter(q, category, status, incomplete, integrity, destroyBy), pageable));
    }

    @GetMapping("/{id}")
    ArchiveDetails get(@PathVariable long id) {
        return archives.get(id);
    }

    @GetMapping("/by-customer/{customerId}")
    Created byCustomer(@PathVariable long customerId) {
        return new Created(archives.archiveOf(customerId).orElseThrow(() -> new NotFoundException("archive", customerId)));
    }

    @GetMapping("/{id}/missing")
    List<MissingItem> missing(@PathVariable long id) {
        return archives.missing(id);
    }

    @GetMapping("/{id}/volumes/{volumeId}/contents")
    TableOfContents contents(@PathVariable long id, @PathVariable long volumeId) {
        return archives.tableOfContents(id, volumeId);
    }

    @PostMapping(path = "/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Created> file(@PathVariable long id, @ModelAttribute DocumentFields fields,
                                 @RequestPart(name = "file", required = false) MultipartFile file) {
        long documentId = archives.file(id, fields.form(), Uploads.of(file));
        return ResponseEntity.created(URI.create("/api/v1/archives/documents/" + documentId + "/content"))
                .body(new Created(documentId));
    }

    @PostMapping(path = "/documents/{documentId}/versions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    VersionCreated correct(@PathVariable long documentId, @RequestParam(required = false) String title,
                           @RequestParam(required = false) Integer pages, @RequestParam(required = false) String note,
                           @RequestPart(name = "file", required = false) MultipartFile file) {
        return new VersionCreated(documentId, archives.correct(documentId, new CorrectionForm(title, pages, note), Uploads.of(file)));
    }

    @GetMapping("/documents/{documentId}/content")
    ResponseEntity<InputStreamResource> content(@PathVariable long documentId,
                                                @RequestParam(required = false) Integer version) throws IOException {
        var content = archives.content(documentId, version);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(content.mediaType()))
                .contentLength(content.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(content.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-SHA256", content.sha256())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(content.open()));
    }

    @PostMapping("/{id}/events")
    ResponseEntity<Created> recordEvent(@PathVariable long id, @RequestBody BusinessEventForm form) {
        return ResponseEntity.status(201).body(new Created(archives.recordEvent(id, form)));
    }

    @PutMapping("/{id}/confidentiality")
    ResponseEntity<Void> classify(@PathVariable long id, @RequestBody LevelForm form) {
        archives.classify(id, form.confidentiality());
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/{id}/hidden")
    ResponseEntity<Void> hide(@PathVariable long id, @RequestBody HiddenForm form) {
        archives.hide(id, form.hidden());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/grants")
    ResponseEntity<Void> grant(@PathVariable long id, @RequestBody GrantForm form) {
        archives.grant(id, form.username());
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{id}/grants/{staffId}")
    ResponseEntity<Void> revoke(@PathVariable long id, @PathVariable long staffId) {
        archives.revoke(id, staffId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/integrity-checks")
    RunReport check(@PathVariable long id) {
        var run = integrity.checkArchive(id);
        return new RunReport(run, integrity.problemsOf(run.id()));
    }

    @PostMapping("/integrity-runs")
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_MANAGE + "')")
    RunReport sweep() {
        var run = integrity.sweep();
        return new RunReport(run, integrity.problemsOf(run.id()));
    }

    @GetMapping("/integrity-runs")
    PageDto<IntegrityRunView> runs(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return PageDto.of(integrity.runs(PageRequest.of(Math.max(0, page), Math.min(Math.max(1, size), 200))));
    }

    @GetMapping("/integrity-runs/{runId}")
    RunReport run(@PathVariable long runId) {
        return new RunReport(integrity.run(runId), integrity.problemsOf(runId));
    }

    @GetMapping("/categories")
    List<CategoryView> categories() {
        return archives.categories();
    }

    @GetMapping("/filing-scopes")
    List<ScopeItemView> filingScopes() {
        return archives.filingScopes();
    }

}
