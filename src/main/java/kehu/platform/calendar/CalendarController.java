package kehu.platform.calendar;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;

import kehu.shared.ClockConfiguration;
import kehu.shared.DomainException;
import kehu.shared.FormErrors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The calendar page {@code /platform/calendar?year=…} (needs {@code platform.calendar.manage}): a year's
 * grid, its special days and the forms to change them. Forms post normally and, with htmx, swap the
 * page's main area in place.
 */
@Controller
@RequestMapping("/platform/calendar")
class CalendarController {

    static final String VIEW = "platform/calendar";

    private final CalendarManagement calendar;
    private final MessageSource messages;
    private final Clock clock;

    CalendarController(CalendarManagement calendar, MessageSource messages, Clock clock) {
        this.calendar = calendar;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String show(@RequestParam(required = false) Integer year, Model model) {
        return page(year == null ? LocalDate.now(clock.withZone(ClockConfiguration.ZONE)).getYear() : year, model);
    }

    @PostMapping("/{year}/days")
    String addDay(@PathVariable int year, @Valid @ModelAttribute("dayForm") CalendarDayForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                calendar.addDay(year, form);
                return saved(year, redirect);
            } catch (DomainException e) {
                FormErrors.apply(e, result);
            }
        }
        return page(year, model);
    }

    @PostMapping("/{year}/days/{date}/remove")
    String removeDay(@PathVariable int year, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                     RedirectAttributes redirect) {
        calendar.removeDay(date);
        return saved(year, redirect);
    }

    @PostMapping("/{year}/publication")
    String publish(@PathVariable int year, @Valid @ModelAttribute("publicationForm") PublicationForm form,
                   BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                calendar.publish(year, form);
                return saved(year, redirect);
            } catch (DomainException e) {
                FormErrors.apply(e, result);
            }
        }
        return page(year, model);
    }

    @PostMapping("/business-hours")
    String changeBusinessHours(@RequestParam int year, @Valid @ModelAttribute("hoursForm") BusinessHoursForm form,
                               BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                calendar.changeBusinessHours(form);
                return saved(year, redirect);
            } catch (DomainException e) {
                FormErrors.apply(e, result);
            }
        }
        return page(year, model);
    }

    private String page(int year, Model model) {
        var clamped = Math.max(CalendarManagement.FIRST_YEAR, Math.min(CalendarManagement.LAST_YEAR, year));
        var view = calendar.view(clamped);
        model.addAttribute("view", view);
        if (!model.containsAttribute("dayForm")) {
            model.addAttribute("dayForm", CalendarDayForm.empty());
        }
        if (!model.containsAttribute("publicationForm")) {
            model.addAttribute("publicationForm", new PublicationForm(view.published(), view.note()));
        }
        if (!model.containsAttribute("hoursForm")) {
            model.addAttribute("hoursForm", BusinessHoursForm.of(view.hours()));
        }
        model.addAttribute("kinds", DayKind.values());
        return VIEW;
    }

    private String saved(int year, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flash", messages.getMessage("common.saved", null, LocaleContextHolder.getLocale()));
        return "redirect:/platform/calendar?year=" + year;
    }
}
