package kehu.archive.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import kehu.archive.ArchiveTransmittals;
import kehu.organization.Permissions;
import kehu.shared.DomainException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Handover to the archive room (ARC-4): a department submits a transmittal form from the archive's page; the archive
 * room's page lists the open forms, item by item to accept or reject, the late-handover register and the deadlines.
 */
@Controller
@RequestMapping("/archives")
class TransmittalController {

    private static final Pattern ROW_FIELD = Pattern.compile("items\\[(\\d+)]\\.(\\w+)");

    private final ArchiveTransmittals transmittals;
    private final MessageSource messages;

    TransmittalController(ArchiveTransmittals transmittals, MessageSource messages) {
        this.transmittals = transmittals;
        this.messages = messages;
    }

    @GetMapping("/transmittals")
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_MANAGE + "')")
    String page(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("open", transmittals.open());
        model.addAttribute("late", transmittals.late(PageRequest.of(Math.max(0, page), 20)));
        model.addAttribute("deadlines", transmittals.deadlines());
        model.addAttribute("maxDays", ArchiveTransmittals.MAX_DEADLINE_DAYS);
        return "archive/transmittals";
    }

    @PostMapping("/{id}/transmittals")
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_VIEW + "')")
    String submit(@PathVariable long id, @ModelAttribute TransmittalFields fields, RedirectAttributes redirect) {
        try {
            var t = transmittals.submit(id, fields.form());
            redirect.addFlashAttribute("flash", text("archive.transmittal.submitted", t.items().size()));
            return "redirect:/archives/" + id + "#archive-transmittals";
        } catch (DomainException e) {
            redirect.addFlashAttribute("transmittalErrors", texts(e));
            redirect.addFlashAttribute("transmittalFields", fields);
            var to = UriComponentsBuilder.fromPath("/archives/{id}").queryParamIfPresent("transmittal",
                    java.util.Optional.ofNullable(fields.getEventCode()).filter(c -> !c.isBlank()));
            return "redirect:" + to.buildAndExpand(id).encode().toUriString() + "#transmittal-form";
        }
    }

    @PostMapping("/transmittals/items/{itemId}/accept")
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_MANAGE + "')")
    String accept(@PathVariable long itemId, RedirectAttributes redirect) {
        try {
            var t = transmittals.accept(itemId);
            redirect.addFlashAttribute("flash", text("archive.transmittal.accepted", title(t, itemId)));
        } catch (DomainException e) {
            redirect.addFlashAttribute("errors", texts(e));
        }
        return "redirect:/archives/transmittals";
    }

    @PostMapping("/transmittals/items/{itemId}/reject")
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_MANAGE + "')")
    String reject(@PathVariable long itemId, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            var t = transmittals.reject(itemId, reason);
            redirect.addFlashAttribute("flash", text("archive.transmittal.rejected", title(t, itemId)));
        } catch (DomainException e) {
            redirect.addFlashAttribute("errors", texts(e));
        }
        return "redirect:/archives/transmittals";
    }

    @PostMapping("/transmittals/deadlines")
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_MANAGE + "')")
    String deadline(@RequestParam(required = false) String eventCode, @RequestParam(required = false) String workingDays,
                    RedirectAttributes redirect) {
        try {
            Integer days;
            try {
                days = workingDays == null || workingDays.isBlank() ? null : Integer.valueOf(workingDays.strip());
            } catch (NumberFormatException e) {
                throw DomainException.invalid("workingDays", "error.field.format");
            }
            transmittals.setDeadline(eventCode, days);
            redirect.addFlashAttribute("flash", text("archive.transmittal.deadlineSaved"));
        } catch (DomainException e) {
            redirect.addFlashAttribute("errors", texts(e));
        }
        return "redirect:/archives/transmittals#deadlines";
    }

    private static String title(kehu.archive.TransmittalView t, long itemId) {
        return t.items().stream().filter(i -> i.id() == itemId).map(kehu.archive.TransmittalView.Item::title).findFirst().orElse("");
    }

    /** Each problem with the field it names: a row's field as "第 2 项 · 页数". */
    private List<String> texts(DomainException e) {
        var out = new ArrayList<String>();
        if (e.violations().isEmpty()) {
            out.add(text(e.messageKey(), e.args()));
        }
        for (var v : e.violations()) {
            var m = ROW_FIELD.matcher(v.field());
            String label;
            if (m.matches()) {
                label = text("archive.transmittal.line", Integer.parseInt(m.group(1)) + 1) + " · " + text("archive.field." + m.group(2));
            } else if (v.field().equals("note")) {
                label = text("archive.transmittal.note");
            } else {
                label = text("archive.field." + v.field());
            }
            out.add(label + ": " + text(v.messageKey(), v.args()));
        }
        return out;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
