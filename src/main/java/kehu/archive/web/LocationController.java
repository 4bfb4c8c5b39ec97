package kehu.archive.web;

import java.util.ArrayList;
import java.util.List;

import kehu.archive.ArchiveLocations;
import kehu.archive.LocationForm;
import kehu.organization.Permissions;
import kehu.shared.DomainException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The archive room's locations page (ARC-5): the tree room › cabinet › shelf › box with how full each box is, adding
 * and removing places, one box's contents, finding where a customer's paper file is, and the volumes in the wrong
 * section. Placing and moving a volume happens on the archive's page.
 */
@Controller
@RequestMapping("/archives")
class LocationController {

    private final ArchiveLocations locations;
    private final kehu.archive.ArchiveManagement archives;
    private final MessageSource messages;

    LocationController(ArchiveLocations locations, kehu.archive.ArchiveManagement archives, MessageSource messages) {
        this.locations = locations;
        this.archives = archives;
        this.messages = messages;
    }

    @GetMapping("/locations")
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_MANAGE + "')")
    String page(@RequestParam(required = false) String q, @RequestParam(required = false) Long box, Model model) {
        var tree = locations.tree();
        model.addAttribute("tree", tree);
        model.addAttribute("parents", tree.stream().filter(l -> l.kind().child() != null).toList());
        // only an empty place can go: a box holding nothing, a room, cabinet or shelf with nothing under it
        var withChildren = tree.stream().map(kehu.archive.LocationView::parentId).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet());
        model.addAttribute("withChildren", withChildren);
        model.addAttribute("kinds", locations.boxKinds());
        model.addAttribute("rules", locations.boxRules());
        model.addAttribute("topCategories", archives.categories().stream().filter(c -> c.parentCode() == null).toList());
        model.addAttribute("wrongSection", locations.inWrongSection());
        model.addAttribute("q", q);
        if (q != null && !q.isBlank()) {
            model.addAttribute("found", locations.find(q));
        }
        if (box != null) {
            model.addAttribute("box", locations.box(box));
        }
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new LocationForm(null, "", "", null, false));
        }
        return "archive/locations";
    }

    @PostMapping("/locations")
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_MANAGE + "')")
    String create(@RequestParam(required = false) Long parentId, @RequestParam(required = false) String code,
                  @RequestParam(required = false) String name, @RequestParam(required = false) String boxKind,
                  @RequestParam(defaultValue = "false") boolean closedSection, RedirectAttributes redirect) {
        var form = new LocationForm(parentId, code, name, boxKind, closedSection);
        try {
            var created = locations.create(form);
            redirect.addFlashAttribute("flash", text("archive.location.created", created.label()));
        } catch (DomainException e) {
            redirect.addFlashAttribute("errors", texts(e));
            redirect.addFlashAttribute("form", form);
        }
        return "redirect:/archives/locations";
    }

    @PostMapping("/locations/{id}/delete")
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_MANAGE + "')")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        return act(redirect, "", () -> {
            locations.delete(id);
            return text("archive.location.deleted");
        });
    }

    @PostMapping("/locations/rules")
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_MANAGE + "')")
    String addRule(@RequestParam(required = false) String categoryCode, @RequestParam(required = false) String fieldCode,
                   @RequestParam(required = false) String fieldValue, @RequestParam(required = false) String boxKind,
                   RedirectAttributes redirect) {
        return act(redirect, "#box-rules", () -> {
            locations.addBoxRule(new kehu.archive.BoxRuleForm(categoryCode, fieldCode, fieldValue, boxKind));
            return text("archive.location.ruleCreated");
        });
    }

    @PostMapping("/locations/rules/{id}/delete")
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_MANAGE + "')")
    String removeRule(@PathVariable long id, RedirectAttributes redirect) {
        return act(redirect, "#box-rules", () -> {
            locations.removeBoxRule(id);
            return text("archive.location.ruleDeleted");
        });
    }

    @PostMapping("/locations/kinds/{code}")
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_MANAGE + "')")
    String limitKind(@PathVariable String code, @RequestParam(required = false) Integer maxCustomers,
                     RedirectAttributes redirect) {
        return act(redirect, "#box-rules", () -> {
            locations.limitBoxKind(code, maxCustomers);
            return text("archive.location.kindLimited", code, maxCustomers);
        });
    }

    @PostMapping("/{id}/volumes/move")
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_MANAGE + "')")
    String move(@PathVariable long id, @RequestParam(required = false) Long volumeId, @RequestParam(required = false) Long boxId,
                @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            if (volumeId == null) {
                throw DomainException.invalid("volumeId", "validation.required");
            }
            var move = locations.move(id, volumeId, boxId, reason);
            redirect.addFlashAttribute("flash", text("archive.location.moved", move.volumeNo(), move.toLabel()));
        } catch (DomainException e) {
            redirect.addFlashAttribute("errors", texts(e));
        }
        return "redirect:/archives/" + id + "#archive-location";
    }

    /** Runs a change of the locations page: its message as the flash, or the refusal's field errors. */
    private String act(RedirectAttributes redirect, String anchor, java.util.function.Supplier<String> change) {
        try {
            redirect.addFlashAttribute("flash", change.get());
        } catch (DomainException e) {
            redirect.addFlashAttribute("errors", texts(e));
        }
        return "redirect:/archives/locations" + anchor;
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
