package kehu.servicedesk.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import kehu.organization.Permissions;
import kehu.servicedesk.Assignee;
import kehu.servicedesk.FeedbackForm;
import kehu.servicedesk.FeedbackKind;
import kehu.servicedesk.MatterFilter;
import kehu.servicedesk.MatterManagement;
import kehu.servicedesk.MatterStatus;
import kehu.servicedesk.MatterType;
import kehu.servicedesk.Priority;
import kehu.servicedesk.ResolutionForm;
import kehu.servicedesk.Severity;
import kehu.shared.ClockConfiguration;
import kehu.shared.DomainException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * Matter pages: the supervisor's list (filters, paging, sort), the duty log of a day, and the matter page
 * with its moves (take, respond, transfer, hand over, pause, resume, resolve, feedback, close, reopen).
 * A refused move comes back to the matter page with the reason.
 */
@Controller
@RequestMapping("/service")
@PreAuthorize("hasAnyAuthority('service.intake','service.dispatch','service.handle')")
class MatterController {

    private final MatterManagement matters;
    private final kehu.servicedesk.ReplyLetterManagement letters;
    private final kehu.servicedesk.ReturnVisitManagement visits;
    private final ServicePages pages;
    private final Clock clock;

    private final kehu.servicedesk.ServiceGuides guides;

    MatterController(MatterManagement matters, kehu.servicedesk.ReplyLetterManagement letters,
                     kehu.servicedesk.ReturnVisitManagement visits, kehu.servicedesk.ServiceGuides guides,
                     ServicePages pages, Clock clock) {
        this.matters = matters;
        this.guides = guides;
        this.letters = letters;
        this.visits = visits;
        this.pages = pages;
        this.clock = clock;
    }

    @GetMapping("/matters")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) MatterStatus status,
                @RequestParam(required = false) MatterType type, @RequestParam(required = false) Severity severity,
                @RequestParam(required = false) Priority priority, @RequestParam(required = false) Long handlingUnitId,
                @RequestParam(defaultValue = "true") boolean open, @RequestParam(defaultValue = "false") boolean overdue,
                @RequestParam(defaultValue = "false") boolean mine, @RequestParam(defaultValue = "0") int page,
                @RequestParam(defaultValue = "20") int size, @RequestParam(defaultValue = "resolveDueAt") String sort,
                @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        var filter = new MatterFilter(q, status, type, severity, priority, handlingUnitId, null, open ? true : null,
                overdue ? true : null, mine ? true : null, null);
        var sortKey = ServicePages.SORTS.contains(sort) ? sort : "resolveDueAt";
        model.addAttribute("page", matters.list(filter, ServicePages.pageable(page, size, sortKey, "resolveDueAt")));
        model.addAttribute("filter", filter);
        model.addAttribute("open", open);
        model.addAttribute("overdue", overdue);
        model.addAttribute("mine", mine);
        model.addAttribute("sort", sortKey);
        var params = new LinkedHashMap<String, Object>();
        params.put("q", q);
        params.put("status", status);
        params.put("type", type);
        params.put("severity", severity);
        params.put("priority", priority);
        params.put("handlingUnitId", handlingUnitId);
        params.put("open", open);
        params.put("overdue", overdue ? true : null);
        params.put("mine", mine ? true : null);
        model.addAttribute("query", "?" + query(params) + "&sort=" + sortKey);
        model.addAttribute("baseQuery", "?" + query(params));
        pages.choices(model);
        if (htmx != null) {
            return "servicedesk/matters :: rows";
        }
        pages.organisation(model);
        return "servicedesk/matters";
    }

    private static String query(Map<String, Object> params) {
        return params.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().toString().isBlank())
                .map(e -> e.getKey() + "=" + UriUtils.encodeQueryParam(e.getValue().toString(), "UTF-8"))
                .collect(Collectors.joining("&"));
    }

    @GetMapping("/duty-log")
    String dutyLog(@RequestParam(required = false) LocalDate date, Model model) {
        var day = date != null ? date : LocalDate.now(clock.withZone(ClockConfiguration.ZONE));
        model.addAttribute("day", day);
        model.addAttribute("previous", day.minusDays(1));
        model.addAttribute("next", day.plusDays(1));
        model.addAttribute("rows", matters.dutyLog(day));
        return "servicedesk/duty-log";
    }

    @GetMapping("/matters/{id}")
    String detail(@PathVariable long id, @org.springframework.security.core.annotation.AuthenticationPrincipal
                  kehu.organization.KehuUser me, Model model) {
        var d = matters.get(id);
        model.addAttribute("d", d);
        if (me.has(Permissions.SERVICE_INTAKE) || me.has(Permissions.SERVICE_DISPATCH) || me.has(Permissions.SERVICE_HANDLE)) {
            // the handling guide of the matter's category and the answers its subject suggests (SVC-7)
            model.addAttribute("guide", guides.guide(d.matter().type(), d.matter().categoryCode(), d.matter().subject()));
        }
        model.addAttribute("mayTake", me.has(Permissions.SERVICE_HANDLE) || me.has(Permissions.SERVICE_DISPATCH));
        boolean writesLetters = me.has(Permissions.SERVICE_INTAKE) || me.has(Permissions.SERVICE_DISPATCH);
        model.addAttribute("writesLetters", writesLetters);
        model.addAttribute("templates", writesLetters ? letters.templates() : java.util.List.of());
        model.addAttribute("visits", visits.ofMatter(id));
        pages.choices(model);
        pages.organisation(model);
        return "servicedesk/matter";
    }

    @PostMapping("/matters/{id}/take")
    String take(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        return act(id, redirect, "servicedesk.matter.taken", () -> matters.take(id, version));
    }

    @PostMapping("/matters/{id}/respond")
    String respond(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return act(id, redirect, "servicedesk.matter.responded", () -> matters.respond(id, note));
    }

    @PostMapping("/matters/{id}/note")
    String note(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return act(id, redirect, "common.saved", () -> matters.addNote(id, note));
    }

    @PostMapping("/matters/{id}/transfer")
    String transfer(@PathVariable long id, @RequestParam(required = false) Long unitId,
                    @RequestParam(required = false) Long positionId, @RequestParam(required = false) Long staffId,
                    @RequestParam(required = false) String reason, @RequestParam long version,
                    RedirectAttributes redirect) {
        return act(id, redirect, "servicedesk.matter.transferred",
                () -> matters.transfer(id, new Assignee(unitId, positionId, staffId), reason, version));
    }

    @PostMapping("/matters/{id}/hand-over")
    String handOver(@PathVariable long id, @RequestParam(required = false) Long toStaffId,
                    @RequestParam(required = false) String reason, @RequestParam long version,
                    RedirectAttributes redirect) {
        return act(id, redirect, "servicedesk.matter.handedOver",
                () -> matters.handOver(id, toStaffId == null ? -1 : toStaffId, reason, version));
    }

    @PostMapping("/matters/{id}/pause")
    String pause(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return act(id, redirect, "servicedesk.matter.paused", () -> matters.pause(id, reason));
    }

    @PostMapping("/matters/{id}/resume")
    String resume(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "servicedesk.matter.resumed", () -> matters.resume(id));
    }

    @PostMapping("/matters/{id}/resolve")
    String resolve(@PathVariable long id, @RequestParam(required = false) String summary,
                   @RequestParam(required = false) Boolean substantiated,
                   @RequestParam(required = false) Long responsibleUnitId,
                   @RequestParam(required = false) Long responsibleStaffId,
                   @RequestParam(required = false) String causeCode, @RequestParam(required = false) String corrective,
                   @RequestParam(required = false) String preventive,
                   @RequestParam(required = false) BigDecimal compensation, RedirectAttributes redirect) {
        return act(id, redirect, "servicedesk.matter.resolved", () -> matters.resolve(id, new ResolutionForm(summary,
                substantiated, responsibleUnitId, responsibleStaffId, causeCode, corrective, preventive, compensation)));
    }

    @PostMapping("/matters/{id}/feedback")
    String feedback(@PathVariable long id, @RequestParam(required = false) FeedbackKind kind,
                    @RequestParam(required = false) Boolean satisfied, @RequestParam(required = false) String note,
                    RedirectAttributes redirect) {
        return act(id, redirect, "servicedesk.matter.feedbackRecorded",
                () -> matters.recordFeedback(id, new FeedbackForm(kind, satisfied, note)));
    }

    @PostMapping("/matters/{id}/close")
    String close(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "servicedesk.matter.closedDone", () -> matters.close(id));
    }

    @PostMapping("/matters/{id}/reopen")
    String reopen(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return act(id, redirect, "servicedesk.matter.reopenedDone", () -> matters.reopen(id, reason));
    }

    // --- reply letters (SVC-4) -------------------------------------------------------------------

    @PostMapping("/matters/{id}/letters")
    String draftLetter(@PathVariable long id, @RequestParam(required = false) Long templateId, RedirectAttributes redirect) {
        return act(id, redirect, "servicedesk.letter.drafted", () -> letters.draft(id, templateId == null ? -1 : templateId));
    }

    @PostMapping("/matters/{id}/letters/{letterId}/edit")
    String editLetter(@PathVariable long id, @PathVariable long letterId, @RequestParam(required = false) String body,
                      @RequestParam long version, RedirectAttributes redirect) {
        return act(id, redirect, "common.saved", () -> letters.edit(letterId, body, version));
    }

    @PostMapping("/matters/{id}/letters/{letterId}/submit")
    String submitLetter(@PathVariable long id, @PathVariable long letterId, RedirectAttributes redirect) {
        return act(id, redirect, "servicedesk.letter.submitted", () -> letters.submit(letterId));
    }

    @PostMapping("/matters/{id}/letters/{letterId}/send")
    String sendLetter(@PathVariable long id, @PathVariable long letterId, @RequestParam(required = false) String via,
                      @RequestParam long version, RedirectAttributes redirect) {
        return act(id, redirect, "servicedesk.letter.sent", () -> letters.send(letterId, via, version));
    }

    private String act(long id, RedirectAttributes redirect, String doneKey, Runnable move) {
        try {
            move.run();
            redirect.addFlashAttribute("flash", pages.text(doneKey));
        } catch (kehu.shared.NotFoundException e) {
            throw e;
        } catch (DomainException e) {
            redirect.addFlashAttribute("refusal", pages.text(e));
        } catch (org.springframework.dao.OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("refusal", pages.text("error.concurrentChange"));
        }
        return "redirect:/service/matters/" + id;
    }
}
