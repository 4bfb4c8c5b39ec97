package kehu.servicedesk.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kehu.organization.KehuUser;
import kehu.organization.Permissions;
import kehu.servicedesk.ReturnVisitManagement;
import kehu.servicedesk.VisitFilter;
import kehu.servicedesk.VisitForm;
import kehu.servicedesk.VisitKind;
import kehu.servicedesk.VisitOutcome;
import kehu.servicedesk.VisitStatus;
import kehu.shared.ClockConfiguration;
import kehu.shared.DomainException;
import kehu.survey.AnswerSheet;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Return-visit pages (SVC-5): the work list (today's calls first, filters, paging), a visit with its call
 * form (outcome, overall and per-item ratings, the questionnaire), samples for the supervisor and the
 * general manager's office, and the visit rules.
 */
@Controller
@RequestMapping("/service/visits")
@PreAuthorize("hasAnyAuthority('service.intake','service.dispatch','report.view')")
class ReturnVisitController {

    private final ReturnVisitManagement visits;
    private final ServicePages pages;
    private final Clock clock;

    ReturnVisitController(ReturnVisitManagement visits, ServicePages pages, Clock clock) {
        this.visits = visits;
        this.pages = pages;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(required = false) VisitStatus status, @RequestParam(required = false) VisitKind kind,
                @RequestParam(required = false) Integer level, @RequestParam(defaultValue = "true") boolean due,
                @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
                @RequestParam(defaultValue = "20") int size, @AuthenticationPrincipal KehuUser me, Model model) {
        var filter = new VisitFilter(status, kind, level, due, q);
        model.addAttribute("page", visits.list(filter, PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100),
                Sort.by(Sort.Order.asc("nextAttemptOn"), Sort.Order.asc("id")))));
        model.addAttribute("filter", filter);
        model.addAttribute("kinds", VisitKind.values());
        model.addAttribute("visitStatuses", VisitStatus.values());
        var query = UriComponentsBuilder.fromPath("/service/visits").queryParamIfPresent("status", java.util.Optional.ofNullable(status))
                .queryParamIfPresent("kind", java.util.Optional.ofNullable(kind))
                .queryParamIfPresent("level", java.util.Optional.ofNullable(level)).queryParam("due", due)
                .queryParamIfPresent("q", java.util.Optional.ofNullable(q).filter(s -> !s.isBlank())).build().encode().toUriString();
        model.addAttribute("query", query);
        var today = LocalDate.ofInstant(clock.instant(), ClockConfiguration.ZONE);
        var lastMonth = YearMonth.from(today).minusMonths(1);
        model.addAttribute("lastMonth", lastMonth.toString());
        var quarterStart = YearMonth.of(today.getYear(), ((today.getMonthValue() - 1) / 3) * 3 + 1).minusMonths(3);
        model.addAttribute("lastQuarter", quarterStart.getYear() + "-Q" + ((quarterStart.getMonthValue() - 1) / 3 + 1));
        model.addAttribute("samplesLevel2", me.has(Permissions.SERVICE_DISPATCH));
        model.addAttribute("samplesLevel3", me.has(Permissions.REPORT_VIEW));
        return "servicedesk/visits";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("d", visits.get(id));
        model.addAttribute("items", visits.serviceItems());
        model.addAttribute("outcomes", VisitOutcome.values());
        pages.choices(model);
        return "servicedesk/visit";
    }

    @PostMapping("/{id}/calls")
    String call(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, RedirectAttributes redirect) {
        var outcome = parse(params.getFirst("outcome"), VisitOutcome.class);
        Map<String, Integer> ratings = new LinkedHashMap<>();
        Map<Long, List<String>> answers = new HashMap<>();
        var flagged = new java.util.HashSet<Long>();
        params.forEach((key, values) -> {
            if (key.startsWith("rating.") && !values.isEmpty() && !values.get(0).isBlank()) {
                ratings.put(key.substring(7), number(values.get(0)));
            } else if (key.startsWith("answer.") && !values.isEmpty()) {
                var item = id(key.substring(7));
                var nonBlank = values.stream().filter(v -> !v.isBlank()).toList();
                if (item != null && !nonBlank.isEmpty()) {
                    answers.put(item, nonBlank);
                }
            } else if (key.startsWith("flag.")) {
                var item = id(key.substring(5));
                if (item != null) {
                    flagged.add(item);
                }
            }
        });
        var version = number(params.getFirst("version"));
        var form = new VisitForm(outcome, ratings, number(params.getFirst("overall")), params.getFirst("note"),
                params.getFirst("categoryCode"), new AnswerSheet(answers, flagged), version == null ? null : version.longValue());
        try {
            var status = visits.record(id, form);
            redirect.addFlashAttribute("flash", pages.text("servicedesk.visit.recorded." + status));
        } catch (kehu.shared.NotFoundException e) {
            throw e;
        } catch (DomainException e) {
            redirect.addFlashAttribute("refusal", pages.text(e));
        }
        return "redirect:/service/visits/" + id;
    }

    @PostMapping("/samples")
    String sample(@RequestParam int level, @RequestParam(required = false) String period,
                  @RequestParam(required = false) String size, RedirectAttributes redirect) {
        try {
            var n = visits.sample(level, period, size == null || size.isBlank() ? null : number(size));
            redirect.addFlashAttribute("flash", pages.text("servicedesk.sample.drawn", n));
        } catch (DomainException e) {
            redirect.addFlashAttribute("refusal", pages.text(e));
        }
        return "redirect:/service/visits?due=false&level=" + level;
    }

    private static Integer number(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Long id(String s) {
        try {
            return Long.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> E parse(String s, Class<E> type) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
