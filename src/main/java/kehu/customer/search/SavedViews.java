package kehu.customer.search;

import java.util.ArrayList;
import java.util.List;

import kehu.customer.CustomerQuery;
import kehu.customer.SavedView;
import kehu.shared.DomainException;
import kehu.shared.FieldViolation;
import kehu.shared.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * A person's saved customer searches: saving under a name that exists replaces that view's search;
 * nobody sees or deletes another person's views. The caller's transaction is used.
 */
@Component
public class SavedViews {

    static final int MAX_NAME = 50;
    static final int MAX_QUERY = 2000;
    static final int MAX_PER_PERSON = 50;

    private final SavedViewRecords records;

    SavedViews(SavedViewRecords records) {
        this.records = records;
    }

    public List<SavedView> of(long staffId) {
        return records.findByOwnerStaffIdOrderByNameAsc(staffId).stream().map(SavedViewRecord::view).toList();
    }

    /** Saves the query under the name; returns the view and whether it replaced an existing one. */
    public Saved save(long staffId, String name, CustomerQuery query) {
        var problems = new ArrayList<FieldViolation>();
        var clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            problems.add(new FieldViolation("name", "validation.required"));
        } else if (clean.length() > MAX_NAME) {
            problems.add(new FieldViolation("name", "validation.tooLong", MAX_NAME));
        } else if (clean.codePoints().anyMatch(c -> c == '<' || c == '>' || Character.isISOControl(c))) {
            problems.add(new FieldViolation("name", "validation.plainText"));
        }
        var text = query.toQueryString();
        if (text.length() > MAX_QUERY) {
            problems.add(new FieldViolation("query", "customerSearch.view.tooLong"));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        var existing = records.findByOwnerStaffIdAndName(staffId, clean);
        if (existing.isPresent()) {
            existing.get().replaceQuery(text);
            return new Saved(records.saveAndFlush(existing.get()).view(), true);
        }
        if (records.countByOwnerStaffId(staffId) >= MAX_PER_PERSON) {
            throw DomainException.invalid("name", "customerSearch.view.tooMany", MAX_PER_PERSON);
        }
        return new Saved(records.saveAndFlush(new SavedViewRecord(staffId, clean, text)).view(), false);
    }

    /** Deletes one of the person's views; another person's view is not found. */
    public SavedView delete(long staffId, long id) {
        var record = records.findById(id).filter(r -> r.getOwnerStaffId() == staffId)
                .orElseThrow(() -> new NotFoundException("savedView", id));
        records.delete(record);
        return record.view();
    }

    public SavedView get(long staffId, long id) {
        return records.findById(id).filter(r -> r.getOwnerStaffId() == staffId).map(SavedViewRecord::view)
                .orElseThrow(() -> new NotFoundException("savedView", id));
    }

    public record Saved(SavedView view, boolean replaced) {
    }
}
