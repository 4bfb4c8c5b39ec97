package kehu.customer.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import kehu.customer.CustomerImports;
import kehu.customer.ImportOptions;
import kehu.customer.ImportPolicy;
import kehu.organization.Permissions;
import kehu.shared.DomainException;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The import wizard (CUS-8): upload → column mapping → dry run with progress → report → confirm →
 * progress → result; the history of runs and the templates.
 */
@Controller
@RequestMapping("/customers/import")
class ImportController {

    private final CustomerImports imports;
    private final CustomerPages pages;
    private final CustomerTexts texts;

    ImportController(CustomerImports imports, CustomerPages pages, CustomerTexts texts) {
        this.imports = imports;
        this.pages = pages;
        this.texts = texts;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_EDIT + "')")
    String uploadForm(Model model) {
        model.addAttribute("history", imports.history(PageRequest.of(0, 10)));
        return "customer/import-upload";
    }

    @PostMapping
    @PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_EDIT + "')")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new DomainException("customer.import.file.required");
            }
            long id;
            try (var in = file.getInputStream()) {
                id = imports.upload(file.getOriginalFilename(), in);
            }
            return "redirect:/customers/import/" + id + "/mapping";
        } catch (DomainException e) {
            model.addAttribute("error", texts.text(e.messageKey(), e.args()));
            return uploadForm(model);
        }
    }

    @GetMapping("/{id}/mapping")
    @PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_EDIT + "')")
    String mappingForm(@PathVariable long id, Model model) {
        model.addAttribute("run", imports.get(id));
        model.addAttribute("targets", imports.targets());
        model.addAttribute("policies", ImportPolicy.values());
        model.addAttribute("managers", pages.managers());
        return "customer/import-mapping";
    }

    @PostMapping("/{id}/mapping")
    @PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_EDIT + "')")
    String dryRun(@PathVariable long id, @RequestParam(name = "mapping", required = false) List<String> mapping,
                  @RequestParam(defaultValue = "VALID_ROWS") ImportPolicy policy,
                  @RequestParam(required = false) Long defaultOwnerId, Model model) {
        try {
            imports.dryRun(id, new ImportOptions(mapping == null ? List.of() : mapping, policy, defaultOwnerId));
            return "redirect:/customers/import/" + id;
        } catch (DomainException e) {
            model.addAttribute("errors", e.violations().isEmpty() ? List.of(texts.text(e.messageKey(), e.args()))
                    : e.violations().stream().map(v -> texts.text(v.messageKey(), v.args())).toList());
            return mappingForm(id, model);
        }
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_EDIT + "')")
    String run(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
        var run = imports.get(id);
        model.addAttribute("run", run);
        var problems = imports.problems(id, PageRequest.of(Math.max(page, 0), 50));
        model.addAttribute("problems", problems);
        model.addAttribute("messages", problems.getContent().stream().map(imports::message).toList());
        return "customer/import-run";
    }

    /** The progress bar (htmx, polled); once the run stops, the page reloads to show the report. */
    @GetMapping("/{id}/progress")
    @PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_EDIT + "')")
    String progress(@PathVariable long id, Model model, HttpServletResponse response) {
        var run = imports.get(id);
        model.addAttribute("run", run);
        if (!run.status().running()) {
            response.setHeader("HX-Refresh", "true");
        }
        return "customer/import-run :: progress";
    }

    @PostMapping("/{id}/confirm")
    @PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_EDIT + "')")
    String confirm(@PathVariable long id, RedirectAttributes redirect) {
        try {
            imports.confirm(id);
        } catch (DomainException e) {
            redirect.addFlashAttribute("error", texts.text(e.messageKey(), e.args()));
        }
        return "redirect:/customers/import/" + id;
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_EDIT + "')")
    String cancel(@PathVariable long id, RedirectAttributes redirect) {
        try {
            imports.cancel(id);
        } catch (DomainException e) {
            redirect.addFlashAttribute("error", texts.text(e.messageKey(), e.args()));
        }
        return "redirect:/customers/import/" + id;
    }

    @GetMapping("/{id}/report.csv")
    @PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_EDIT + "')")
    void report(@PathVariable long id, HttpServletResponse response) throws IOException {
        imports.get(id);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"import-" + id + "-report.csv\"");
        imports.writeReport(id, response.getOutputStream());
    }

    @GetMapping("/history")
    @PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_EDIT + "')")
    String history(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("history", imports.history(PageRequest.of(Math.max(page, 0), 20)));
        return "customer/import-history";
    }

    @GetMapping("/template.xlsx")
    @PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_VIEW + "')")
    void templateXlsx(HttpServletResponse response) throws IOException {
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"customer-template.xlsx\"");
        imports.writeTemplate("xlsx", response.getOutputStream());
    }

    @GetMapping("/template.csv")
    @PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_VIEW + "')")
    void templateCsv(HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"customer-template.csv\"");
        imports.writeTemplate("csv", response.getOutputStream());
    }
}
