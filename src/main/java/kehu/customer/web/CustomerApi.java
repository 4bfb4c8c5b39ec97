package kehu.customer.web;

import java.net.URI;
import java.util.List;
import java.util.Set;

import kehu.customer.ContactForm;
import kehu.customer.ContactView;
import kehu.customer.CustomerAssignment;
import kehu.customer.CustomerDetails;
import kehu.customer.CustomerFilter;
import kehu.customer.CustomerForm;
import kehu.customer.CustomerManagement;
import kehu.customer.CustomerQuery;
import kehu.customer.CustomerRow;
import kehu.customer.CustomerSearch;
import kehu.customer.FieldDefinitionForm;
import kehu.customer.FieldDefinitionView;
import kehu.customer.HistoryEntry;
import kehu.customer.IndustryFieldManagement;
import kehu.customer.TimelineEntry;
import kehu.customer.web.ActionForms.BulkTransferForm;
import kehu.customer.web.ActionForms.ClassifyForm;
import kehu.customer.web.ActionForms.CollaboratorsForm;
import kehu.customer.web.ActionForms.ReasonForm;
import kehu.customer.web.ActionForms.TransferForm;
import kehu.organization.DataScope;
import kehu.organization.DataScopes;
import kehu.organization.KehuUser;
import kehu.organization.Permissions;
import kehu.shared.DomainException;
import kehu.shared.FieldViolation;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API of customers ({@code /api/v1/customers…}) and industry-field definitions
 * ({@code /api/v1/customer-fields}). Lists and reads obey the caller's data scope and answer ID
 * numbers, mobiles and contact phones masked (reveal through {@code POST /api/v1/sensitive/customer/{id}/{field}},
 * audited). An update carries the version it started from and answers 409 when someone changed the
 * customer meanwhile.
 */
@RestController
@RequestMapping("/api/v1")
class CustomerApi {

    private final CustomerManagement customers;
    private final CustomerAssignment assignment;
    private final IndustryFieldManagement fields;
    private final DataScopes scopes;
    private final CustomerSearch search;

    CustomerApi(CustomerManagement customers, CustomerAssignment assignment, IndustryFieldManagement fields,
                DataScopes scopes, CustomerSearch search) {
        this.customers = customers;
        this.assignment = assignment;
        this.fields = fields;
        this.scopes = scopes;
        this.search = search;
    }

    record PageDto<T>(List<T> content, int page, int size, long totalElements, int totalPages) {
        static <T> PageDto<T> of(Page<T> p) {
            return new PageDto<>(p.getContent(), p.getNumber(), p.getSize(), p.getTotalElements(), p.getTotalPages());
        }
    }

    record Created(long id) {
    }

    record Moved(int moved) {
    }

    private DataScope viewScope() {
        return scopes.forCurrentUser(Permissions.CUSTOMER_VIEW);
    }

    private DataScope editScope() {
        return scopes.forCurrentUser(Permissions.CUSTOMER_EDIT);
    }

    /**
     * The customer list, answered from the search index like the list page (CUS-7): counting and sorting every
     * matching row in the database for each page does not scale to a million customers (finding 4 of
     * docs/performance.md). It takes the search's parameters ({@link CustomerQuery#parse}), with {@code name} for
     * the box (any part of the name, pinyin, a phone fragment …) and {@code regionCode} for the region; the most
     * recently changed first unless {@code sort} says otherwise; the total is exact up to 10,000 hits.
     */
    @GetMapping("/customers")
    @PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_VIEW + "')")
    PageDto<CustomerRow> list(@RequestParam MultiValueMap<String, String> parameters,
                              @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        var searchParameters = new LinkedMultiValueMap<>(parameters);
        var regionCode = searchParameters.remove("regionCode");
        if (regionCode != null && !searchParameters.containsKey("region")) {
            searchParameters.put("region", regionCode);
        }
        searchParameters.putIfAbsent("sort", List.of("-updatedAt"));
        var box = searchParameters.getFirst("q") != null && !searchParameters.getFirst("q").isBlank() ? "q" : "name";
        try {
            var query = CustomerQuery.parse(searchParameters);
            // within the caller's customer.view scope; rows come masked from the search
            return PageDto.of(search.search(query, PageRequest.of(Math.max(page, 0),
                    Math.min(Math.max(size, 1), CustomerPages.MAX_LIST_PAGE_SIZE))));
        } catch (DomainException e) {
            // the search names its own parameters; name this endpoint's
            throw new DomainException(e.messageKey(), e.violations().stream().map(v -> switch (v.field()) {
                case "region" -> regionCode != null ? new FieldViolation("regionCode", v.messageKey(), v.args()) : v;
                case "q" -> new FieldViolation(box, v.messageKey(), v.args());
                default -> v;
            }).toList(), e.args());
        }
    }

    @GetMapping("/customers/pool")
    @PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_EDIT + "')")
    PageDto<CustomerRow> pool(@RequestParam(required = false) String name,
                              @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        var filter = new CustomerFilter(name, null, null, null, null, null, null, true);
        return PageDto.of(assignment.pool(filter, CustomerPages.pageable(page, size, "-updatedAt", "-updatedAt"))
                .map(CustomerRow::masked));
    }

    @GetMapping("/customers/{id}")
    @PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_VIEW + "')")
    CustomerDetails get(@PathVariable long id) {
        return customers.get(id, viewScope()).masked();
    }

    @PostMapping("/customers")
    ResponseEntity<CustomerDetails> create(@RequestBody CustomerForm form,
                                           @RequestParam(defaultValue = "false") boolean confirmDuplicates) {
        // CUS-4: likely duplicates answer 409 (mode WARN, unless confirmed) or 400 naming the field (mode BLOCK)
        long id = customers.create(form, editScope(), confirmDuplicates);
        return ResponseEntity.created(URI.create("/api/v1/customers/" + id)).body(customers.get(id, editScope()).masked());
    }

    @PutMapping("/customers/{id}")
    CustomerDetails update(@PathVariable long id, @RequestBody CustomerForm form) {
        return customers.update(id, form, editScope()).masked();
    }

    @GetMapping("/customers/{id}/contacts")
    @PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_VIEW + "')")
    List<ContactView> contacts(@PathVariable long id) {
        return customers.get(id, viewScope()).masked().contacts();
    }

    @PostMapping("/customers/{id}/contacts")
    ResponseEntity<Created> addContact(@PathVariable long id, @RequestBody ContactForm form) {
        long contactId = customers.addContact(id, form, editScope());
        return ResponseEntity.created(URI.create("/api/v1/customers/" + id + "/contacts/" + contactId))
                .body(new Created(contactId));
    }

    @PutMapping("/customers/{id}/contacts/{contactId}")
    ResponseEntity<Void> updateContact(@PathVariable long id, @PathVariable long contactId, @RequestBody ContactForm form) {
        customers.updateContact(id, contactId, form, editScope());
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/customers/{id}/contacts/{contactId}")
    ResponseEntity<Void> removeContact(@PathVariable long id, @PathVariable long contactId) {
        customers.removeContact(id, contactId, editScope());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/customers/{id}/transfer")
    ResponseEntity<Void> transfer(@PathVariable long id, @RequestBody TransferForm form) {
        if (form.toStaffId() == null) {
            throw DomainException.invalid("toStaffId", "validation.required");
        }
        assignment.transfer(id, form.toStaffId(), form.reason(), editScope());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/customers/transfer")
    Moved transferAll(@RequestBody BulkTransferForm form) {
        if (form.toStaffId() == null) {
            throw DomainException.invalid("toStaffId", "validation.required");
        }
        return new Moved(assignment.transferAll(form.customerIds(), form.toStaffId(), form.reason(), editScope()));
    }

    @PostMapping("/customers/{id}/claim")
    ResponseEntity<Void> claim(@PathVariable long id, @AuthenticationPrincipal KehuUser me) {
        assignment.claim(id, me.staffId());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/customers/{id}/return-to-pool")
    ResponseEntity<Void> returnToPool(@PathVariable long id, @RequestBody ReasonForm form) {
        assignment.returnToPool(id, form.reason(), editScope());
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/customers/{id}/collaborators")
    ResponseEntity<Void> collaborators(@PathVariable long id, @RequestBody CollaboratorsForm form) {
        assignment.setCollaborators(id, form.collaboratorIds() == null ? Set.of() : form.collaboratorIds(), editScope());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/customers/{id}/classify")
    ResponseEntity<Void> classify(@PathVariable long id, @RequestBody ClassifyForm form) {
        customers.classify(id, form.classification(), form.reason(), editScope());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/customers/{id}/close")
    ResponseEntity<Void> close(@PathVariable long id, @RequestBody ReasonForm form) {
        customers.close(id, form.reason(), editScope());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/customers/{id}/lost")
    ResponseEntity<Void> lost(@PathVariable long id, @RequestBody ReasonForm form) {
        customers.markLost(id, form.reason(), editScope());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/customers/{id}/reopen")
    ResponseEntity<Void> reopen(@PathVariable long id, @RequestBody ReasonForm form) {
        customers.reopen(id, form.reason(), editScope());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/customers/{id}/timeline")
    @PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_VIEW + "')")
    PageDto<TimelineEntry> timeline(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
                                    @RequestParam(defaultValue = "20") int size) {
        return PageDto.of(customers.timeline(id, viewScope(), PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200))));
    }

    @GetMapping("/customers/{id}/history")
    @PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_VIEW + "')")
    PageDto<HistoryEntry> history(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
                                  @RequestParam(defaultValue = "50") int size) {
        return PageDto.of(customers.history(id, viewScope(), PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200))));
    }

    @GetMapping("/customer-fields")
    @PreAuthorize("isAuthenticated()")
    List<FieldDefinitionView> fieldDefinitions() {
        return fields.all();
    }

    @PostMapping("/customer-fields")
    ResponseEntity<FieldDefinitionView> createField(@RequestBody FieldDefinitionForm form) {
        var created = fields.create(form);
        return ResponseEntity.created(URI.create("/api/v1/customer-fields/" + created.id())).body(created);
    }

    @PutMapping("/customer-fields/{id}")
    FieldDefinitionView updateField(@PathVariable long id, @RequestBody FieldDefinitionForm form) {
        return fields.update(id, form);
    }

}
