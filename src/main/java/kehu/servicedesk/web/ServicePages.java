package kehu.servicedesk.web;

import java.util.List;

import kehu.organization.OrganizationDirectory;
import kehu.organization.StaffSummary;
import kehu.platform.ReferenceData;
import kehu.servicedesk.FeedbackKind;
import kehu.servicedesk.MatterManagement;
import kehu.servicedesk.MatterStatus;
import kehu.servicedesk.MatterType;
import kehu.servicedesk.Priority;
import kehu.servicedesk.Severity;
import kehu.servicedesk.WorkOrderStatus;
import kehu.shared.DomainException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the service-desk pages share: the choices of their selects, messages in the user's language, paging. */
@Component
class ServicePages {

    static final List<String> SORTS = List.of("receivedAt", "-receivedAt", "resolveDueAt", "-resolveDueAt", "priority",
            "number", "-number");

    private final MatterManagement matters;
    private final ReferenceData reference;
    private final OrganizationDirectory directory;
    private final MessageSource messages;

    ServicePages(MatterManagement matters, ReferenceData reference, OrganizationDirectory directory,
                 MessageSource messages) {
        this.matters = matters;
        this.reference = reference;
        this.directory = directory;
        this.messages = messages;
    }

    void choices(Model model) {
        model.addAttribute("types", MatterType.values());
        model.addAttribute("priorities", Priority.values());
        model.addAttribute("severities", Severity.values());
        model.addAttribute("statuses", MatterStatus.values());
        model.addAttribute("workOrderStatuses", WorkOrderStatus.values());
        model.addAttribute("feedbackKinds", FeedbackKind.values());
        model.addAttribute("channels", reference.items(ReferenceData.CHANNEL));
        model.addAttribute("categories", matters.categories());
        model.addAttribute("causes", reference.items(ReferenceData.CAUSE));
    }

    void organisation(Model model) {
        model.addAttribute("units", directory.units().stream().filter(u -> u.active()).toList());
        model.addAttribute("positions", directory.positions());
        model.addAttribute("people", directory.units().stream().filter(u -> u.active())
                .flatMap(u -> directory.membersOf(u.id()).stream()).toList());
    }

    List<StaffSummary> members(long unitId) {
        return directory.membersOf(unitId);
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    /** The message of a refusal: its field problems, else its own message. */
    String text(DomainException e) {
        return e.violations().isEmpty() ? text(e.messageKey(), e.args())
                : String.join("; ", e.violations().stream().map(v -> text(v.messageKey(), v.args())).toList());
    }

    /**
     * The message of a refusal of a form whose fields are labelled {@code servicedesk.field.<name>}: each problem with
     * the field it names ("标题: 必填"), else its own message.
     */
    String named(DomainException e) {
        if (e.violations().isEmpty()) {
            return text(e.messageKey(), e.args());
        }
        var locale = LocaleContextHolder.getLocale();
        return String.join("; ", e.violations().stream().map(v -> {
            var label = messages.getMessage("servicedesk.field." + v.field(), null, null, locale);
            var problem = text(v.messageKey(), v.args());
            return label == null ? problem : label + ": " + problem;
        }).toList());
    }

    static Pageable pageable(int page, int size, String sort, String fallback) {
        var s = SORTS.contains(sort) ? sort : fallback;
        var order = s.startsWith("-") ? Sort.Order.desc(s.substring(1)) : Sort.Order.asc(s);
        return PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100), Sort.by(order, Sort.Order.desc("id")));
    }
}
