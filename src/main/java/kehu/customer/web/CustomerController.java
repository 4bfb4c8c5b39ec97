package kehu.customer.web;

import java.util.Set;

import kehu.customer.ContactForm;
import kehu.customer.CustomerAssignment;
import kehu.customer.CustomerDetails;
import kehu.customer.CustomerForm;
import kehu.customer.CustomerKind;
import kehu.customer.CustomerManagement;
import kehu.customer.CustomerQuery;
import kehu.customer.CustomerRow;
import kehu.customer.CustomerSearch;
import kehu.customer.IndustryFieldManagement;
import kehu.customer.web.ActionForms.BulkTransferForm;
import kehu.customer.web.ActionForms.ClassifyForm;
import kehu.customer.web.ActionForms.CollaboratorsForm;
import kehu.customer.web.ActionForms.ReasonForm;
import kehu.customer.web.ActionForms.TransferForm;
import kehu.organization.DataScopes;
import kehu.organization.KehuUser;
import kehu.organization.Permissions;
import kehu.shared.DomainException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Customer pages (CUS-1 … CUS-3, CUS-5, CUS-6, CUS-9): list with filters and bulk transfer, new and
 * edit forms, the customer page with its actions and timeline, the region cascade.
 */
@Controller
@RequestMapping("/customers")
class CustomerController {

    private final CustomerManagement customers;
    private final CustomerAssignment assignment;
    private final IndustryFieldManagement fields;
    private final DataScopes scopes;
    private final CustomerPages pages;
    private final CustomerTexts texts;
    private final CustomerSearch search;

    CustomerController(CustomerManagement customers, CustomerAssignment assignment, IndustryFieldManagement fields,
                       DataScopes scopes, CustomerPages pages, CustomerTexts texts, CustomerSearch search) {
        this.customers = customers;
        this.assignment = assignment;
        this.fields = fields;
        this.scopes = scopes;
        this.pages = pages;
        this.texts = texts;
        this.search = search;
    }

    // --- list ------------------------------------------------------------------------------------

    @GetMapping
    @PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_VIEW + "')")
    String list(@RequestParam MultiValueMap<String, String> parameters, @RequestParam(defaultValue = "0") int page,
                @RequestParam(defaultValue = "20") int size,
                @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        // CUS-7: the list is the customer search (box, filters, sort) over the search index, scoped and masked
        var query = CustomerQuery.ALL;
        Page<CustomerRow> rows = Page.empty(PageRequest.of(0, 20));
        try {
            query = CustomerQuery.parse(parameters);
            rows = search.search(query, PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100)));
        } catch (DomainException e) {
            model.addAttribute("error", e.violations().isEmpty() ? texts.text(e.messageKey(), e.args())
                    : String.join("; ", e.violations().stream().map(v -> texts.text(v.messageKey(), v.args())).toList()));
        }
        var queryString = query.toQueryString();
        var baseQueryString = query.withSort(null).toQueryString();
        model.addAttribute("page", rows);
        model.addAttribute("filter", query);
        model.addAttribute("sort", query.effectiveSort().parameter());
        model.addAttribute("query", queryString.isEmpty() ? "" : "?" + queryString);
        model.addAttribute("baseQuery", baseQueryString.isEmpty() ? "" : "?" + baseQueryString);
        if (htmx != null) {
            pages.choices(model);
            return "customer/list :: rows";
        }
        return listPage(model, query.regionCode());
    }

    private String listPage(Model model, String region) {
        pages.choices(model);
        pages.regions(model, region, "filter");
        model.addAttribute("managers", pages.managers());
        if (!model.containsAttribute("bulk")) {
            model.addAttribute("bulk", BulkTransferForm.empty());
        }
        return "customer/list";
    }

    @PostMapping("/transfer")
    @PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_EDIT + "')")
    String transferAll(@ModelAttribute("bulk") BulkTransferForm form, BindingResult result, Model model,
                       RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                int moved = assignment.transferAll(form.customerIds(), form.toStaffId() == null ? -1 : form.toStaffId(),
                        form.reason(), scopes.forCurrentUser(Permissions.CUSTOMER_EDIT));
                redirect.addFlashAttribute("flash", texts.text("customer.transfer.bulkDone", moved));
                return "redirect:/customers";
            } catch (DomainException e) {
                CustomerPages.apply(e, result);
            }
        }
        model.addAttribute("page", search.search(CustomerQuery.ALL, PageRequest.of(0, 20)));
        model.addAttribute("filter", CustomerQuery.ALL);
        model.addAttribute("sort", CustomerQuery.ALL.effectiveSort().parameter());
        model.addAttribute("query", "");
        model.addAttribute("baseQuery", "");
        return listPage(model, null);
    }

    // --- region cascade --------------------------------------------------------------------------

    /** Options of the next region select (htmx): a province's cities, or a city's districts. */
    @GetMapping("/regions")
    String regions(@RequestParam(required = false) String province, @RequestParam(required = false) String city,
                   @RequestParam(defaultValue = "form") String prefix, Model model) {
        boolean cities = city == null;
        model.addAttribute("regions", cities ? pages.childrenOf(province) : pages.childrenOf(city));
        model.addAttribute("level", cities ? "city" : "district");
        model.addAttribute("prefix", prefix.matches("[a-z]{1,10}") ? prefix : "form");
        return "customer/regions :: options";
    }

    // --- new and edit ----------------------------------------------------------------------------

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_EDIT + "')")
    String newForm(@RequestParam(defaultValue = "INDIVIDUAL") CustomerKind kind, @AuthenticationPrincipal KehuUser me,
                   Model model) {
        var scope = scopes.forCurrentUser(Permissions.CUSTOMER_EDIT);
        model.addAttribute("form", CustomerPageForm.of(CustomerForm.empty(kind, scope.all() ? null : me.staffId())));
        return formPage(model, null, null);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_EDIT + "')")
    String create(@ModelAttribute("form") CustomerPageForm form, BindingResult result,
                  @RequestParam(defaultValue = "false") boolean confirmDuplicates, Model model,
                  RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                long id = customers.create(form.toForm(), scopes.forCurrentUser(Permissions.CUSTOMER_EDIT), confirmDuplicates);
                redirect.addFlashAttribute("flash", texts.text("customer.created"));
                return "redirect:/customers/" + id;
            } catch (kehu.customer.PossibleDuplicatesFound e) {
                // CUS-4, mode WARN: show the likely duplicates; "create anyway" posts again with confirmDuplicates
                model.addAttribute("duplicates", e.duplicates());
            } catch (DomainException e) {
                CustomerPages.apply(e, result);
            }
        }
        return formPage(model, null, form.getRegionCode());
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_EDIT + "')")
    String editForm(@PathVariable long id, Model model) {
        var c = customers.get(id, scopes.forCurrentUser(Permissions.CUSTOMER_EDIT));
        var values = new java.util.LinkedHashMap<String, String>();
        c.fields().forEach(f -> values.put(f.code(), f.value()));
        // sensitive values are not put into the page: blank keeps the stored one
        model.addAttribute("form", CustomerPageForm.of(new CustomerForm(c.kind(), c.name(), "", "", c.landline(),
                c.regionCode(), c.address(), c.industryCode(), c.source(), c.status(), c.tags(), c.areaCode(), null, null,
                null, null, null, null, values, "", c.version())));
        return formPage(model, c, c.regionCode());
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_EDIT + "')")
    String update(@PathVariable long id, @ModelAttribute("form") CustomerPageForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        var scope = scopes.forCurrentUser(Permissions.CUSTOMER_EDIT);
        var current = customers.get(id, scope);
        if (!result.hasErrors()) {
            try {
                customers.update(id, keepSensitive(form.toForm(), current), scope);
                redirect.addFlashAttribute("flash", texts.text("common.saved"));
                return "redirect:/customers/" + id;
            } catch (DomainException e) {
                CustomerPages.apply(e, result);
            } catch (OptimisticLockingFailureException e) {
                result.reject("customer.conflict");
            }
        }
        return formPage(model, current, form.getRegionCode());
    }

    /** Blank ID number or mobile on the edit form means "keep the stored one" (they are never shown there). */
    private static CustomerForm keepSensitive(CustomerForm f, CustomerDetails current) {
        var idNumber = f.idNumber() == null || f.idNumber().isBlank() ? current.idNumber() : f.idNumber();
        var mobile = f.mobile() == null || f.mobile().isBlank() ? current.mobile() : f.mobile();
        return new CustomerForm(f.kind(), f.name(), idNumber, mobile, f.landline(), f.regionCode(), f.address(),
                f.industryCode(), f.source(), f.status(), f.tags(), f.areaCode(), f.ownerStaffId(), f.abcClass(),
                f.loyalty(), f.valueClass(), f.creditGrade(), f.vip(), f.fields() == null ? java.util.Map.of() : f.fields(),
                f.reason(), f.version());
    }

    private String formPage(Model model, CustomerDetails customer, String regionCode) {
        pages.choices(model);
        pages.regions(model, regionCode, "form");
        model.addAttribute("customer", customer);
        model.addAttribute("managers", pages.managers());
        model.addAttribute("industries", pages.industries());
        model.addAttribute("fieldDefinitions", fields.activeFor(null));
        return customer == null ? "customer/new" : "customer/edit";
    }

    // --- the customer page -----------------------------------------------------------------------

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_VIEW + "')")
    String show(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
                @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        if (htmx != null) {
            timeline(id, page, model);
            return "customer/detail :: timeline";
        }
        return detailPage(id, page, model);
    }

    private String detailPage(long id, int page, Model model) {
        var mayEdit = kehu.organization.SensitiveFields.mayReveal(Permissions.CUSTOMER_EDIT);
        var view = scopes.forCurrentUser(Permissions.CUSTOMER_VIEW);
        var overview = customers.overview(id, view, mayEdit ? scopes.forCurrentUser(Permissions.CUSTOMER_EDIT) : view,
                PageRequest.of(0, 50), PageRequest.of(Math.max(page, 0), 20));
        var c = overview.details();
        pages.choices(model);
        model.addAttribute("customer", c.masked());
        model.addAttribute("editable", mayEdit && overview.editable());
        var managers = pages.managers();
        model.addAttribute("managers", managers);
        // collaborators may be chosen among the managers; current ones stay selectable even if they are not
        var choices = new java.util.ArrayList<kehu.customer.StaffRef>(c.collaborators());
        managers.stream().filter(m -> !choices.contains(m)).forEach(choices::add);
        choices.removeIf(m -> c.owner() != null && m.id() == c.owner().id());
        model.addAttribute("collaboratorChoices", choices);
        model.addAttribute("history", texts.history(overview.history().getContent()));
        timeline(id, overview.timeline(), model);
        addIfAbsent(model, "transferForm", TransferForm.empty());
        addIfAbsent(model, "classifyForm", ClassifyForm.of(c.classification()));
        addIfAbsent(model, "reasonForm", ReasonForm.empty());
        addIfAbsent(model, "contactForm", ContactForm.empty());
        addIfAbsent(model, "collaboratorsForm", new CollaboratorsForm(
                c.collaborators().stream().map(s -> s.id()).collect(java.util.stream.Collectors.toSet())));
        return "customer/detail";
    }

    private void timeline(long id, int page, Model model) {
        timeline(id, customers.timeline(id, scopes.forCurrentUser(Permissions.CUSTOMER_VIEW),
                PageRequest.of(Math.max(page, 0), 20)), model);
    }

    private void timeline(long id, org.springframework.data.domain.Page<kehu.customer.TimelineEntry> entries, Model model) {
        model.addAttribute("timelinePage", entries);
        model.addAttribute("timeline", texts.timeline(entries.getContent()));
        model.addAttribute("timelineQuery", "/customers/" + id);
    }

    private static void addIfAbsent(Model model, String name, Object value) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, value);
        }
    }

    /** Shows the customer page again with the failed action's form open and its errors. */
    private String failed(long id, String action, DomainException e, BindingResult result, Model model) {
        CustomerPages.apply(e, result);
        model.addAttribute("openAction", action);
        return detailPage(id, 0, model);
    }

    private String done(long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flash", texts.text("common.saved"));
        return "redirect:/customers/" + id;
    }

    @PostMapping("/{id}/contacts")
    @PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_EDIT + "')")
    String addContact(@PathVariable long id, @ModelAttribute("contactForm") ContactForm form, BindingResult result,
                      Model model, RedirectAttributes redirect) {
        try {
            customers.addContact(id, form, scopes.forCurrentUser(Permissions.CUSTOMER_EDIT));
            return done(id, redirect);
        } catch (DomainException e) {
            return failed(id, "contact", e, result, model);
        }
    }

    @PostMapping("/{id}/contacts/{contactId}")
    @PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_EDIT + "')")
    String updateContact(@PathVariable long id, @PathVariable long contactId,
                         @ModelAttribute("contactForm") ContactForm form, BindingResult result, Model model,
                         RedirectAttributes redirect) {
        try {
            var scope = scopes.forCurrentUser(Permissions.CUSTOMER_EDIT);
            if (form.phone() == null || form.phone().isBlank()) {
                // phones are never put into the page: blank keeps the stored one
                var stored = customers.get(id, scope).contacts().stream().filter(k -> k.id() == contactId).findFirst();
                form = new ContactForm(form.name(), form.role(), stored.map(k -> k.phone()).orElse(null), form.birthday(),
                        form.preferences());
            }
            customers.updateContact(id, contactId, form, scope);
            return done(id, redirect);
        } catch (DomainException e) {
            model.addAttribute("contactId", contactId);
            return failed(id, "contact-" + contactId, e, result, model);
        }
    }

    @PostMapping("/{id}/contacts/{contactId}/remove")
    @PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_EDIT + "')")
    String removeContact(@PathVariable long id, @PathVariable long contactId, RedirectAttributes redirect) {
        customers.removeContact(id, contactId, scopes.forCurrentUser(Permissions.CUSTOMER_EDIT));
        return done(id, redirect);
    }

    @PostMapping("/{id}/transfer")
    @PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_EDIT + "')")
    String transfer(@PathVariable long id, @ModelAttribute("transferForm") TransferForm form, BindingResult result,
                    Model model, RedirectAttributes redirect) {
        try {
            if (form.toStaffId() == null) {
                throw DomainException.invalid("toStaffId", "validation.required");
            }
            assignment.transfer(id, form.toStaffId(), form.reason(), scopes.forCurrentUser(Permissions.CUSTOMER_EDIT));
            return done(id, redirect);
        } catch (DomainException e) {
            return failed(id, "transfer", e, result, model);
        }
    }

    @PostMapping("/{id}/return-to-pool")
    @PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_EDIT + "')")
    String returnToPool(@PathVariable long id, @ModelAttribute("reasonForm") ReasonForm form, BindingResult result,
                        Model model, RedirectAttributes redirect) {
        try {
            assignment.returnToPool(id, form.reason(), scopes.forCurrentUser(Permissions.CUSTOMER_EDIT));
            return done(id, redirect);
        } catch (DomainException e) {
            return failed(id, "returnToPool", e, result, model);
        }
    }

    @PostMapping("/{id}/collaborators")
    @PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_EDIT + "')")
    String collaborators(@PathVariable long id, @ModelAttribute("collaboratorsForm") CollaboratorsForm form,
                         BindingResult result, Model model, RedirectAttributes redirect) {
        try {
            assignment.setCollaborators(id, form.collaboratorIds() == null ? Set.of() : form.collaboratorIds(),
                    scopes.forCurrentUser(Permissions.CUSTOMER_EDIT));
            return done(id, redirect);
        } catch (DomainException e) {
            return failed(id, "collaborators", e, result, model);
        }
    }

    @PostMapping("/{id}/classify")
    @PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_EDIT + "')")
    String classify(@PathVariable long id, @ModelAttribute("classifyForm") ClassifyForm form, BindingResult result,
                    Model model, RedirectAttributes redirect) {
        try {
            customers.classify(id, form.classification(), form.reason(), scopes.forCurrentUser(Permissions.CUSTOMER_EDIT));
            return done(id, redirect);
        } catch (DomainException e) {
            return failed(id, "classify", e, result, model);
        }
    }

    @PostMapping("/{id}/close")
    @PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_EDIT + "')")
    String close(@PathVariable long id, @ModelAttribute("reasonForm") ReasonForm form, BindingResult result,
                 Model model, RedirectAttributes redirect) {
        try {
            customers.close(id, form.reason(), scopes.forCurrentUser(Permissions.CUSTOMER_EDIT));
            return done(id, redirect);
        } catch (DomainException e) {
            return failed(id, "close", e, result, model);
        }
    }

    @PostMapping("/{id}/lost")
    @PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_EDIT + "')")
    String lost(@PathVariable long id, @ModelAttribute("reasonForm") ReasonForm form, BindingResult result,
                Model model, RedirectAttributes redirect) {
        try {
            customers.markLost(id, form.reason(), scopes.forCurrentUser(Permissions.CUSTOMER_EDIT));
            return done(id, redirect);
        } catch (DomainException e) {
            return failed(id, "lost", e, result, model);
        }
    }

    @PostMapping("/{id}/reopen")
    @PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_EDIT + "')")
    String reopen(@PathVariable long id, @ModelAttribute("reasonForm") ReasonForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        try {
            customers.reopen(id, form.reason(), scopes.forCurrentUser(Permissions.CUSTOMER_EDIT));
            return done(id, redirect);
        } catch (DomainException e) {
            return failed(id, "reopen", e, result, model);
        }
    }

    @PostMapping("/{id}/claim")
    @PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_EDIT + "')")
    String claim(@PathVariable long id, @AuthenticationPrincipal KehuUser me, RedirectAttributes redirect) {
        try {
            assignment.claim(id, me.staffId());
            redirect.addFlashAttribute("flash", texts.text("customer.pool.claimed"));
            return "redirect:/customers/" + id;
        } catch (DomainException e) {
            redirect.addFlashAttribute("error", texts.text(e.messageKey(), e.args()));
            return "redirect:/customers/pool";
        }
    }
}
