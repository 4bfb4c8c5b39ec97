package kehu.customer.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kehu.customer.AbcClass;
import kehu.customer.CustomerKind;
import kehu.customer.CustomerStatus;
import kehu.customer.LoyaltyType;
import kehu.customer.StaffRef;
import kehu.customer.ValueClass;
import kehu.organization.OrganizationDirectory;
import kehu.organization.Permissions;
import kehu.organization.SensitiveFields;
import kehu.platform.ReferenceData;
import kehu.shared.DomainException;
import kehu.shared.FieldViolation;
import kehu.shared.FormErrors;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/** What several customer pages need: choices for selects, paging, form errors, the region cascade. */
@Component
class CustomerPages {

    static final String CUSTOMER_MANAGER_ROLE = "CUSTOMER_MANAGER";
    /** The largest page of a REST list. */
    static final int MAX_LIST_PAGE_SIZE = 200;
    static final Set<String> SORTABLE = Set.of("name", "status", "abcClass", "updatedAt", "createdAt", "lastFollowUpAt");

    private final OrganizationDirectory directory;
    private final ReferenceData reference;

    CustomerPages(OrganizationDirectory directory, ReferenceData reference) {
        this.directory = directory;
        this.reference = reference;
    }

    /** The people customers can be given to: the holders of the customer-manager role, by name. */
    List<StaffRef> managers() {
        var result = new ArrayList<StaffRef>();
        for (var s : directory.staffSummariesWithRole(CUSTOMER_MANAGER_ROLE)) {
            if (s.enabled()) {
                result.add(new StaffRef(s.id(), s.fullName()));
            }
        }
        result.sort(Comparator.comparing(StaffRef::name));
        return result;
    }

    static Pageable pageable(int page, int size, String sort, String defaultSort) {
        var s = sort == null || sort.isBlank() ? defaultSort : sort;
        var property = s.replace("-", "");
        if (!SORTABLE.contains(property)) {
            property = defaultSort.replace("-", "");
            s = defaultSort;
        }
        var direction = s.startsWith("-") ? Sort.Direction.DESC : Sort.Direction.ASC;
        return PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_LIST_PAGE_SIZE),
                Sort.by(direction, property).and(Sort.by(Sort.Direction.DESC, "id")));
    }

    /** Choices every customer page with selects uses. */
    void choices(Model model) {
        model.addAttribute("kinds", CustomerKind.values());
        model.addAttribute("statuses", CustomerStatus.values());
        model.addAttribute("workingStatuses", List.of(CustomerStatus.POTENTIAL, CustomerStatus.ACTIVE, CustomerStatus.DORMANT));
        model.addAttribute("abcClasses", AbcClass.values());
        model.addAttribute("loyaltyTypes", LoyaltyType.values());
        model.addAttribute("valueClasses", ValueClass.values());
        model.addAttribute("mayReveal", SensitiveFields.mayReveal(Permissions.CUSTOMER_SENSITIVE_VIEW));
    }

    /**
     * The three region selects for a chosen region (any level): the provinces, the chosen one's
     * cities and districts, and which is selected on each level.
     */
    void regions(Model model, String code, String prefix) {
        String province = null;
        String city = null;
        String district = null;
        if (code != null && !code.isBlank()) {
            var path = new ArrayList<ReferenceData.Region>();
            var current = reference.region(code.strip());
            while (current.isPresent() && path.size() < 4) {
                path.add(0, current.get());
                current = current.get().parentCode() == null ? java.util.Optional.empty() : reference.region(current.get().parentCode());
            }
            for (var r : path) {
                switch (r.level()) {
                    case 1 -> province = r.code();
                    case 2 -> city = r.code();
                    default -> district = r.code();
                }
            }
        }
        model.addAttribute(prefix + "Provinces", reference.children(null));
        model.addAttribute(prefix + "Cities", province == null ? List.of() : reference.children(province));
        model.addAttribute(prefix + "Districts", city == null ? List.of() : reference.children(city));
        model.addAttribute(prefix + "Province", province);
        model.addAttribute(prefix + "City", city);
        model.addAttribute(prefix + "District", district);
    }

    List<ReferenceData.Region> childrenOf(String parent) {
        return parent == null || parent.isBlank() ? List.of() : reference.children(parent.strip());
    }

    List<ReferenceData.Item> industries() {
        return reference.items(ReferenceData.INDUSTRY);
    }

    /**
     * Puts a domain exception's violations onto a form; industry-field violations ({@code fields.CODE})
     * go to the map entry {@code fields[CODE]} the form binds.
     */
    static void apply(DomainException e, BindingResult result) {
        if (e.violations().isEmpty()) {
            FormErrors.apply(e, result);
            return;
        }
        var renamed = e.violations().stream().map(v -> v.field().startsWith("fields.")
                ? new FieldViolation("fields[" + v.field().substring("fields.".length()) + "]", v.messageKey(), v.args())
                : v).toList();
        FormErrors.apply(new DomainException(e.messageKey(), renamed, e.args()), result);
    }

    /** A list's filter as a query string for the pager ({@code ?name=…&status=…}), empty without filters. */
    static String query(Map<String, Object> parameters) {
        return kehu.shared.QueryStrings.of(parameters);
    }

    static Map<String, Object> params(Object... keyValues) {
        var map = new LinkedHashMap<String, Object>();
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }
}
