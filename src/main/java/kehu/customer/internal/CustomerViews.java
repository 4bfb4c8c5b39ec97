package kehu.customer.internal;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import kehu.customer.ContactView;
import kehu.customer.CustomerDetails;
import kehu.customer.CustomerRow;
import kehu.customer.CustomerSummary;
import kehu.customer.FieldDefinitionView;
import kehu.customer.FieldValueView;
import kehu.customer.HistoryEntry;
import kehu.customer.StaffRef;
import kehu.customer.TimelineEntry;
import kehu.organization.OrganizationDirectory;
import kehu.platform.ReferenceData;

import org.springframework.stereotype.Component;

/** Turns customers and their records into the records the module's API hands out. */
@Component
public class CustomerViews {

    private final OrganizationDirectory directory;
    private final ReferenceData reference;
    private final FieldDefinitions definitions;

    CustomerViews(OrganizationDirectory directory, ReferenceData reference, FieldDefinitions definitions) {
        this.directory = directory;
        this.reference = reference;
        this.definitions = definitions;
    }

    /** Rows of one page; staff names are looked up once per page. */
    public List<CustomerRow> rows(List<Customer> customers) {
        var names = new HashMap<Long, StaffRef>();
        return customers.stream().map(c -> new CustomerRow(c.getId(), c.getKind(), c.getName(), c.getStatus(),
                c.getMobile(), c.getRegionCode(), regionName(c.getRegionCode()), staff(c.getOwnerStaffId(), names),
                c.classification().abcClass(), c.classification().vip(), c.getTags(), c.getLastFollowUpAt(),
                c.getUpdatedAt(), c.getVersion())).toList();
    }

    public CustomerDetails details(Customer c) {
        var names = new HashMap<Long, StaffRef>();
        Map<Long, FieldDefinitionView> defs = new HashMap<>();
        definitions.allViews().forEach(d -> defs.put(d.id(), d));
        var fields = c.fieldValues().stream().filter(v -> defs.containsKey(v.getFieldId()))
                .map(v -> new FieldValueView(defs.get(v.getFieldId()).code(), defs.get(v.getFieldId()), v.value().asText()))
                .sorted(Comparator.comparingInt((FieldValueView v) -> v.definition().sortOrder())
                        .thenComparing(v -> v.definition().id()))
                .toList();
        var contacts = c.contacts().stream().map(k -> new ContactView(k.getId(), k.getName(), k.getRole(), k.getPhone(),
                k.getBirthday(), k.getPreferences())).toList();
        var collaborators = c.getCollaboratorIds().stream().map(id -> staff(id, names)).toList();
        return new CustomerDetails(c.getId(), c.getVersion(), c.getKind(), c.getName(), c.getIdNumber(), c.getMobile(),
                c.getLandline(), c.getRegionCode(), c.getRegionCode() == null ? List.of() : reference.regionPath(c.getRegionCode()),
                c.getAddress(), c.getIndustryCode(),
                c.getIndustryCode() == null ? null : reference.label(ReferenceData.INDUSTRY, c.getIndustryCode()).orElse(c.getIndustryCode()),
                c.getSource(), c.getStatus(), c.getStatusChangedAt(), c.getStatusReason(), c.getTags(), c.getAreaCode(),
                staff(c.getOwnerStaffId(), names), c.getOwnerUnitId(), collaborators, c.classification(),
                c.getLastFollowUpAt(), c.getAssignedAt(), contacts, fields, c.getCreatedAt(), c.getCreatedBy(),
                c.getUpdatedAt(), c.getUpdatedBy());
    }

    public static CustomerSummary summary(Customer c) {
        return new CustomerSummary(c.getId(), c.getKind(), c.getName(), c.getStatus(), c.getOwnerStaffId(),
                c.getOwnerUnitId(), c.getAreaCode(), c.classification().vip(), c.getIndustryCode());
    }

    public static TimelineEntry entry(TimelineRecord r) {
        return new TimelineEntry(r.getId(), r.getAt(), r.getKind(), r.getTitle(), r.getDetail(), r.getSourceModule(),
                r.getReferenceId(), r.getActor());
    }

    public static HistoryEntry entry(ChangeRecord r) {
        return new HistoryEntry(r.getId(), r.getField(), r.getOldValue(), r.getNewValue(), r.getReason(), r.getChangedBy(),
                r.getChangedAt());
    }

    /** "北京市 市辖区 朝阳区"; the code itself when the region is unknown. */
    public String regionName(String code) {
        if (code == null) {
            return null;
        }
        var path = reference.regionPath(code);
        return path.isEmpty() ? code : String.join(" ", path);
    }

    public StaffRef staff(Long staffId, Map<Long, StaffRef> cache) {
        if (staffId == null) {
            return null;
        }
        return cache.computeIfAbsent(staffId, id -> new StaffRef(id,
                directory.staff(id).map(s -> s.fullName()).orElse("#" + id)));
    }
}
