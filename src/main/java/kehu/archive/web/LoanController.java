package kehu.archive.web;

import java.util.ArrayList;
import java.util.List;

import kehu.archive.ArchiveLending;
import kehu.archive.Copying;
import kehu.archive.LoanForm;
import kehu.archive.LoanMode;
import kehu.archive.LoanStatus;
import kehu.archive.ReturnCondition;
import kehu.organization.Permissions;
import kehu.shared.DomainException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Lending pages (ARC-7): the request from an archive page, the lending register, one's own loans. */
@Controller
@RequestMapping("/archives")
class LoanController {

    private final ArchiveLending lending;
    private final MessageSource messages;

    LoanController(ArchiveLending lending, MessageSource messages) {
        this.lending = lending;
        this.messages = messages;
    }

    @PostMapping("/{id}/loans")
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_VIEW + "')")
    String request(@PathVariable long id, @RequestParam(required = false) List<Long> documentIds,
                   @RequestParam(required = false) String purpose, @RequestParam(required = false) LoanMode mode,
                   @RequestParam(required = false) Copying copying,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) java.time.LocalDate dueOn,
                   RedirectAttributes redirect) {
        try {
            lending.request(id, new LoanForm(documentIds, purpose, mode, copying, dueOn));
            redirect.addFlashAttribute("flash", text("archive.loan.requested"));
            return "redirect:/archives/loans/mine";
        } catch (DomainException e) {
            redirect.addFlashAttribute("errors", texts(e));
            return "redirect:/archives/" + id;
        }
    }

    @GetMapping("/loans")
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_MANAGE + "')")
    String register(@RequestParam(required = false) String q, @RequestParam(required = false) LoanStatus status,
                    @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("loans", lending.register(q, status, PageRequest.of(Math.max(0, page), 20)));
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("register", true);
        return "archive/loans";
    }

    @GetMapping("/loans/mine")
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_VIEW + "')")
    String mine(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("loans", lending.mine(PageRequest.of(Math.max(0, page), 20)));
        model.addAttribute("register", false);
        return "archive/loans";
    }

    @PostMapping("/loans/{loanId}/hand-out")
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_MANAGE + "')")
    String handOut(@PathVariable long loanId, @RequestParam(required = false) String signedName, RedirectAttributes redirect) {
        try {
            lending.handOut(loanId, signedName);
            redirect.addFlashAttribute("flash", text("archive.flash.saved"));
        } catch (DomainException e) {
            redirect.addFlashAttribute("errors", texts(e));
        }
        return "redirect:/archives/loans";
    }

    @PostMapping("/loans/{loanId}/return")
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_MANAGE + "')")
    String giveBack(@PathVariable long loanId, @RequestParam(required = false) ReturnCondition condition,
                    @RequestParam(required = false) String note, RedirectAttributes redirect) {
        try {
            lending.giveBack(loanId, condition, note == null || note.isBlank() ? null : note.strip());
            redirect.addFlashAttribute("flash", text("archive.flash.saved"));
        } catch (DomainException e) {
            redirect.addFlashAttribute("errors", texts(e));
        }
        return "redirect:/archives/loans";
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
