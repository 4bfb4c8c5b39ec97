package kehu.archive.web;

import java.util.ArrayList;
import java.util.List;

import kehu.archive.ArchiveFilter;
import kehu.archive.ArchiveIntegrity;
import kehu.archive.ArchiveManagement;
import kehu.archive.ArchiveStatus;
import kehu.archive.BusinessEventForm;
import kehu.archive.Carrier;
import kehu.archive.Confidentiality;
import kehu.archive.CorrectionForm;
import kehu.organization.Permissions;
import kehu.shared.DomainException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Archive pages (ARC-1 … ARC-3, ARC-6, ARC-10): the list, one archive with its volumes, documents, what is
 * missing and the filing form, a volume's printable table of contents, the integrity runs and the
 * configuration (categories and filing scopes). Files are downloaded through the REST endpoint, which
 * verifies them.
 */
@Controller
@RequestMapping("/archives")
class ArchiveController {

    private final ArchiveManagement archives;
    private final ArchiveIntegrity integrity;
    private final MessageSource messages;
    private final kehu.archive.ArchiveStatistics statistics;
    private final kehu.archive.ArchiveHandovers handovers;
    private final kehu.archive.ArchiveDisposition disposition;
    private final kehu.archive.ArchiveLocations locations;
    private final kehu.archive.ArchiveTransmittals transmittals;
    private final tools.jackson.databind.json.JsonMapper json;

    ArchiveController(ArchiveManagement archives, ArchiveIntegrity integrity, MessageSource messages,
                      kehu.archive.ArchiveStatistics statistics, kehu.archive.ArchiveHandovers handovers,
                      kehu.archive.ArchiveDisposition disposition, kehu.archive.ArchiveLocations locations,
                      kehu.archive.ArchiveTransmittals transmittals, tools.jackson.databind.json.JsonMapper json) {
        this.json = json;
        this.locations = locations;
        this.transmittals = transmittals;
        this.handovers = handovers;
        this.disposition = disposition;
        this.archives = archives;
        this.integrity = integrity;
        this.messages = messages;
        this.statistics = statistics;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_VIEW + "')")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String category,
                @RequestParam(required = false) ArchiveStatus status, @RequestParam(required = false) Boolean incomplete,
                @RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(
                        iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate destroyBy,
                @RequestParam(defaultValue = "0") int page, Model model) {
        var filter = new ArchiveFilter(q, category, status, incomplete, null, destroyBy);
        model.addAttribute("rows", archives.list(filter, PageRequest.of(Math.max(0, page), 20, Sort.by(Sort.Direction.DESC, "id"))));
        model.addAttribute("filter", filter);
        model.addAttribute("query", kehu.shared.QueryStrings.of("q", q, "category", category, "status", status,
                "incomplete", incomplete, "destroyBy", destroyBy));
        model.addAttribute("categories", archives.categories().stream().filter(c -> c.parentCode() == null).toList());
        return "archive/list";
    }

    @GetMapping("/customer/{customerId}")
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_VIEW + "')")
    String ofCustomer(@PathVariable long customerId) {
        return archives.archiveOf(customerId).map(id -> "redirect:/archives/" + id)
                .orElseThrow(() -> new kehu.shared.NotFoundException("archive", customerId));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_VIEW + "')")
    String detail(@PathVariable long id, @RequestParam(required = false) Long item,
                  @RequestParam(required = false) String transmittal, Model model) {
        var a = archives.get(id);
        model.addAttribute("archive", a);
        model.addAttribute("carriers", Carrier.values());
        model.addAttribute("levels", Confidentiality.values());
        model.addAttribute("categories", archives.categories().stream().filter(c -> c.parentCode() != null).toList());
        var seen = new java.util.HashSet<String>();
        var lines = a.volumes().stream().map(v -> v.businessLine()).collect(java.util.stream.Collectors.toSet());
        model.addAttribute("eventTypes", archives.filingScopes().stream()
                .filter(s -> lines.contains(s.businessLine()) && seen.add(s.eventCode())).toList());
        model.addAttribute("chosen", a.missing().stream().filter(m -> item != null && m.scopeItemId() == item).findFirst().orElse(null));
        model.addAttribute("maxMb", archives.maxFileSize() / (1024 * 1024));
        model.addAttribute("handovers", handovers.ofArchive(id));
        model.addAttribute("moves", locations.history(id));
        transmittalForm(a, transmittal, model);
        if (org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication().getAuthorities()
                .stream().anyMatch(g -> g.getAuthority().equals(Permissions.ARCHIVE_MANAGE))) {
            model.addAttribute("destructions", disposition.ofArchive(id));
            model.addAttribute("boxes", locations.suitableBoxes(id));
        }
        return "archive/detail";
    }

    /**
     * The archive's transmittal forms and, once an event type is chosen, the form to hand over its documents: a row
     * per item of its filing scope and two blank rows (ARC-4); after a refused submission the fields as typed.
     */
    private void transmittalForm(kehu.archive.ArchiveDetails a, String eventCode, Model model) {
        model.addAttribute("transmittals", transmittals.ofArchive(a.id()));
        if (eventCode == null || eventCode.isBlank()) {
            return;
        }
        var lines = a.volumes().stream().map(v -> v.businessLine()).collect(java.util.stream.Collectors.toSet());
        var scope = archives.filingScopes().stream()
                .filter(s -> s.eventCode().equals(eventCode) && lines.contains(s.businessLine())).toList();
        if (scope.isEmpty()) {
            return;
        }
        model.addAttribute("transmittalEvent", scope.get(0));
        model.addAttribute("transmittalVolumes", a.volumes().stream()
                .filter(v -> v.businessLine().equals(scope.get(0).businessLine())).toList());
        model.addAttribute("transmittalDeadline", transmittals.deadlines().stream()
                .filter(d -> d.eventCode().equals(eventCode)).findFirst().orElse(null));
        if (!model.containsAttribute("transmittalFields")) {
            var fields = new TransmittalFields();
            fields.setEventCode(eventCode);
            if (org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication()
                    .getPrincipal() instanceof kehu.organization.KehuUser user) {
                fields.setResponsible(user.getDisplayName());
            }
            for (var s : scope) {
                fields.getItems().add(new TransmittalFields.ItemFields(s.id(), s.title(), s.categoryCode(), s.originalRequired(),
                        s.signedRequired()));
            }
            fields.getItems().add(new TransmittalFields.ItemFields());
            fields.getItems().add(new TransmittalFields.ItemFields());
            model.addAttribute("transmittalFields", fields);
        }
    }

    @PostMapping("/{id}/documents")
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_MANAGE + "')")
    String file(@PathVariable long id, @ModelAttribute DocumentFields fields,
                @RequestParam(name = "file", required = false) MultipartFile file, Model model, RedirectAttributes redirect) {
        try {
            archives.file(id, fields.form(), Uploads.of(file));
        } catch (DomainException e) {
            model.addAttribute("intakeErrors", texts(e));
            model.addAttribute("fields", fields);
            return detail(id, fields.scopeItemId(), null, model);
        }
        redirect.addFlashAttribute("flash", text("archive.flash.filed"));
        return "redirect:/archives/" + id;
    }

    @PostMapping("/{id}/documents/{documentId}/versions")
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_MANAGE + "')")
    String correct(@PathVariable long id, @PathVariable long documentId, @RequestParam(required = false) String title,
                   @RequestParam(required = false) Integer pages, @RequestParam(required = false) String note,
                   @RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect) {
        try {
            archives.correct(documentId, new CorrectionForm(title, pages, note), Uploads.of(file));
            redirect.addFlashAttribute("flash", text("archive.flash.corrected"));
        } catch (DomainException e) {
            redirect.addFlashAttribute("errors", texts(e));
        }
        return "redirect:/archives/" + id;
    }

    @PostMapping("/{id}/events")
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_MANAGE + "')")
    String recordEvent(@PathVariable long id, @RequestParam(required = false) Long volumeId,
                       @RequestParam(required = false) String eventCode,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) java.time.LocalDate occurredOn,
                       @RequestParam(required = false) String note, RedirectAttributes redirect) {
        try {
            archives.recordEvent(id, new BusinessEventForm(volumeId, eventCode, occurredOn, note));
            redirect.addFlashAttribute("flash", text("archive.flash.eventRecorded"));
        } catch (DomainException e) {
            redirect.addFlashAttribute("errors", texts(e));
        }
        return "redirect:/archives/" + id;
    }

    @PostMapping("/{id}/confidentiality")
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_MANAGE + "')")
    String classify(@PathVariable long id, @RequestParam(required = false) Confidentiality confidentiality,
                    RedirectAttributes redirect) {
        try {
            archives.classify(id, confidentiality);
            redirect.addFlashAttribute("flash", text("archive.flash.saved"));
        } catch (DomainException e) {
            redirect.addFlashAttribute("errors", texts(e));
        }
        return "redirect:/archives/" + id;
    }

    @PostMapping("/{id}/hidden")
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_VIEW + "')")
    String hide(@PathVariable long id, @RequestParam boolean hidden, RedirectAttributes redirect) {
        archives.hide(id, hidden);
        redirect.addFlashAttribute("flash", text("archive.flash.saved"));
        return "redirect:/archives/" + id;
    }

    @PostMapping("/{id}/grants")
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_VIEW + "')")
    String grant(@PathVariable long id, @RequestParam(required = false) String username, RedirectAttributes redirect) {
        try {
            archives.grant(id, username);
            redirect.addFlashAttribute("flash", text("archive.flash.saved"));
        } catch (DomainException e) {
            redirect.addFlashAttribute("errors", texts(e));
        }
        return "redirect:/archives/" + id;
    }

    @PostMapping("/{id}/grants/{staffId}/revoke")
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_VIEW + "')")
    String revoke(@PathVariable long id, @PathVariable long staffId, RedirectAttributes redirect) {
        archives.revoke(id, staffId);
        redirect.addFlashAttribute("flash", text("archive.flash.saved"));
        return "redirect:/archives/" + id;
    }

    @PostMapping("/{id}/handovers/items/{itemId}/confirm")
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_VIEW + "')")
    String confirmHandoverItem(@PathVariable long id, @PathVariable long itemId, RedirectAttributes redirect) {
        try {
            handovers.confirm(itemId);
            redirect.addFlashAttribute("flash", text("archive.flash.saved"));
        } catch (DomainException e) {
            redirect.addFlashAttribute("errors", texts(e));
        }
        return "redirect:/archives/" + id;
    }

    @PostMapping("/{id}/legal-hold")
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_MANAGE + "')")
    String legalHold(@PathVariable long id, @RequestParam boolean hold, @RequestParam(required = false) String reason,
                     RedirectAttributes redirect) {
        try {
            disposition.legalHold(id, hold, reason);
            redirect.addFlashAttribute("flash", text("archive.flash.saved"));
        } catch (DomainException e) {
            redirect.addFlashAttribute("errors", texts(e));
        }
        return "redirect:/archives/" + id;
    }

    @PostMapping("/{id}/destructions")
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_MANAGE + "')")
    String requestDestruction(@PathVariable long id, @RequestParam(required = false) String appraisal,
                              @RequestParam(required = false) String witnesses, RedirectAttributes redirect) {
        try {
            disposition.request(id, appraisal, witnesses);
            redirect.addFlashAttribute("flash", text("archive.destroy.requested"));
        } catch (DomainException e) {
            redirect.addFlashAttribute("errors", texts(e));
        }
        return "redirect:/archives/" + id;
    }

    @GetMapping("/destructions")
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_MANAGE + "')")
    String destructionRegister(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("rows", disposition.register(PageRequest.of(Math.max(0, page), 20)));
        return "archive/destructions";
    }

    @PostMapping("/{id}/integrity-check")
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_MANAGE + "')")
    String check(@PathVariable long id, RedirectAttributes redirect) {
        var run = integrity.checkArchive(id);
        redirect.addFlashAttribute("flash", text("archive.flash.checked", Integer.toString(run.problems())));
        return "redirect:/archives/" + id;
    }

    @GetMapping("/{id}/volumes/{volumeId}/contents")
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_VIEW + "')")
    String contents(@PathVariable long id, @PathVariable long volumeId, Model model) {
        model.addAttribute("toc", archives.tableOfContents(id, volumeId));
        model.addAttribute("archiveId", id);
        return "archive/contents";
    }

    @GetMapping("/integrity")
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_MANAGE + "')")
    String runs(@RequestParam(required = false) Long run, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("runs", integrity.runs(PageRequest.of(Math.max(0, page), 20)));
        if (run != null) {
            model.addAttribute("run", integrity.run(run));
            model.addAttribute("problems", integrity.problemsOf(run));
        }
        return "archive/integrity";
    }

    @PostMapping("/integrity/sweep")
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_MANAGE + "')")
    String sweep(RedirectAttributes redirect) {
        var run = integrity.sweep();
        redirect.addFlashAttribute("flash", text("archive.flash.checked", Integer.toString(run.problems())));
        return "redirect:/archives/integrity?run=" + run.id();
    }

    @GetMapping("/statistics")
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_MANAGE + "')")
    String statistics(@RequestParam(required = false) Integer year, Model model) {
        var f = statistics.figures();
        model.addAttribute("stats", f);
        int shown = year == null ? statistics.thisYear() : Math.max(2000, Math.min(2100, year));
        var p = statistics.period(shown);
        model.addAttribute("period", p);
        var months = p.months().stream().map(m -> text("archive.stats.monthN", m.month())).toList();
        model.addAttribute("periodChart", chart(java.util.Map.of(
                "tooltip", java.util.Map.of("trigger", "axis"),
                "legend", java.util.Map.of("top", 0),
                "grid", java.util.Map.of("left", 48, "right", 16, "top", 32, "bottom", 24),
                "xAxis", java.util.Map.of("type", "category", "data", months),
                "yAxis", java.util.Map.of("type", "value", "minInterval", 1),
                "series", List.of(
                        column(text("archive.stats.documents"), "#0d6efd", p.months().stream()
                                .map(kehu.archive.ArchiveStatistics.MonthCounts::documents).toList()),
                        column(text("archive.stats.loans"), "#6f42c1", p.months().stream()
                                .map(kehu.archive.ArchiveStatistics.MonthCounts::loans).toList()),
                        column(text("archive.stats.returned"), "#198754", p.months().stream()
                                .map(kehu.archive.ArchiveStatistics.MonthCounts::returned).toList()),
                        column(text("archive.stats.destroyed"), "#dc3545", p.months().stream()
                                .map(kehu.archive.ArchiveStatistics.MonthCounts::destroyed).toList())))));
        // charts of the same figures (ECharts through static/js/charts.js): archives per category, integrity states
        var names = f.categories().stream().map(kehu.archive.ArchiveStatistics.CategoryCounts::name).toList();
        model.addAttribute("categoryChart", chart(java.util.Map.of(
                "tooltip", java.util.Map.of("trigger", "axis"),
                "legend", java.util.Map.of("top", 0),
                "grid", java.util.Map.of("left", 100, "right", 16, "top", 32, "bottom", 24),
                "xAxis", java.util.Map.of("type", "value", "minInterval", 1),
                "yAxis", java.util.Map.of("type", "category", "inverse", true, "data", names),
                "series", List.of(
                        bar(text("archive.stats.complete"), "#198754", f.categories().stream()
                                .map(kehu.archive.ArchiveStatistics.CategoryCounts::complete).toList()),
                        bar(text("archive.stats.incomplete"), "#ffc107", f.categories().stream()
                                .map(kehu.archive.ArchiveStatistics.CategoryCounts::incomplete).toList())))));
        model.addAttribute("integrityChart", chart(java.util.Map.of(
                "tooltip", java.util.Map.of("trigger", "item"),
                "legend", java.util.Map.of("orient", "vertical", "left", 0),
                "series", List.of(java.util.Map.of("type", "pie", "radius", List.of("40%", "70%"), "center", List.of("65%", "50%"),
                        "data", f.integrity().entrySet().stream().filter(e -> e.getValue() > 0).map(e -> java.util.Map.of(
                                "name", text("archive.integrity." + e.getKey()), "value", e.getValue())).toList())))));
        return "archive/statistics";
    }

    private static java.util.Map<String, Object> bar(String name, String color, List<Long> data) {
        return java.util.Map.of("name", name, "type", "bar", "stack", "all", "itemStyle", java.util.Map.of("color", color),
                "data", data);
    }

    private static java.util.Map<String, Object> column(String name, String color, List<Long> data) {
        return java.util.Map.of("name", name, "type", "bar", "itemStyle", java.util.Map.of("color", color), "data", data);
    }

    private String chart(java.util.Map<String, Object> option) {
        return json.writeValueAsString(option);
    }

    @GetMapping("/configuration")
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_VIEW + "')")
    String configuration(Model model) {
        model.addAttribute("categories", archives.categories());
        model.addAttribute("scopes", archives.filingScopes());
        return "archive/configuration";
    }

    private List<String> texts(DomainException e) {
        var out = new ArrayList<String>();
        if (e.violations().isEmpty()) {
            out.add(text(e.messageKey(), e.args()));
        }
        for (var v : e.violations()) {
            out.add(text("archive.field." + v.field()) + ": " + text(v.messageKey(), v.args()));
        }
        return out;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
