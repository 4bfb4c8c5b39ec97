package kehu.customer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;

import kehu.customer.internal.Customer;
import kehu.customer.internal.Customers;
import kehu.customer.search.IndexedCustomers;
import kehu.customer.internal.FieldDefinition;
import kehu.customer.transfer.ImportColumns;
import kehu.shared.SpreadsheetText;
import kehu.organization.DataScopes;
import kehu.organization.OrganizationDirectory;
import kehu.organization.Permissions;
import kehu.organization.SensitiveFields;
import kehu.organization.SensitiveKind;
import kehu.organization.StaffSummary;
import kehu.platform.ReferenceData;
import kehu.shared.AuditableAction;
import kehu.shared.ClockConfiguration;
import kehu.shared.PersistenceConfiguration;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Export of the customer list (CUS-8): the customers the list shows for a {@link CustomerQuery} — the
 * list's search box, filters and data scope for {@code customer.view}, through the same search index, merged
 * customers left out — in id order, as .xlsx or as CSV
 * (UTF-8 with a byte-order mark, so Excel reads Chinese right). The columns are the import's, so an
 * export can be imported again. ID numbers and mobiles are masked unless the exporter holds
 * {@code customer.sensitive.view}; a cell that a spreadsheet would take for a formula gets a leading
 * apostrophe; names are plain text. Rows are read in chunks and written as they come, so memory stays
 * bounded. Every export is audited (who, filter, format, row count).
 */
@Service
@PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_VIEW + "')")
public class CustomerExport {

    private static final int CHUNK = 500;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ClockConfiguration.ZONE);

    private final Customers customers;
    private final IndexedCustomers index;
    private final ImportColumns columns;
    private final DataScopes scopes;
    private final OrganizationDirectory directory;
    private final ReferenceData reference;
    private final MessageSource messages;
    private final EntityManager em;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate readTx;
    private final TransactionTemplate writeTx;

    CustomerExport(Customers customers, IndexedCustomers index, ImportColumns columns, DataScopes scopes,
                   OrganizationDirectory directory, ReferenceData reference, MessageSource messages, EntityManager em,
                   ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions) {
        this.customers = customers;
        this.index = index;
        this.columns = columns;
        this.scopes = scopes;
        this.directory = directory;
        this.reference = reference;
        this.messages = messages;
        this.em = em;
        this.events = events;
        this.clock = clock;
        this.readTx = new TransactionTemplate(transactions);
        this.readTx.setReadOnly(true);
        this.writeTx = new TransactionTemplate(transactions);
    }

    /** Writes the CSV of the list's customers for a filter of the plain list. */
    public long writeCsv(CustomerFilter filter, OutputStream out) throws IOException {
        return writeCsv(CustomerQuery.of(filter == null ? CustomerFilter.NONE : filter), out);
    }

    /** Writes the workbook of the list's customers for a filter of the plain list. */
    public long writeXlsx(CustomerFilter filter, OutputStream out) throws IOException {
        return writeXlsx(CustomerQuery.of(filter == null ? CustomerFilter.NONE : filter), out);
    }

    /** Writes the CSV; returns the number of customers written. */
    public long writeCsv(CustomerQuery filter, OutputStream out) throws IOException {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        var printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        var locale = LocaleContextHolder.getLocale();
        var defs = columns.targets(locale);
        printer.printRecord(headers(locale));
        long count = rows(filter, defs.size(), row -> {
            try {
                printer.printRecord(row.stream().map(SpreadsheetText::neutralise).toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        printer.flush();
        audit("csv", filter, count);
        return count;
    }

    /** Writes the workbook (one sheet, streamed); returns the number of customers written. */
    public long writeXlsx(CustomerQuery filter, OutputStream out) throws IOException {
        var locale = LocaleContextHolder.getLocale();
        var wb = new Workbook(out, "Kehu", "1.0");
        var ws = wb.newWorksheet(messages.getMessage("customer.export.sheet", null, "customers", locale));
        var headers = headers(locale);
        for (int c = 0; c < headers.size(); c++) {
            ws.inlineString(0, c, headers.get(c));
        }
        ws.range(0, 0, 0, headers.size() - 1).style().bold().set();
        ws.freezePane(0, 1);
        var r = new int[] {1};
        long count = rows(filter, columns.targets(locale).size(), row -> {
            for (int c = 0; c < row.size(); c++) {
                var v = row.get(c);
                if (v != null && !v.isEmpty()) {
                    ws.inlineString(r[0], c, SpreadsheetText.neutralise(v));
                }
            }
            r[0]++;
            if (r[0] % CHUNK == 0) {
                try {
                    ws.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
        wb.finish();
        audit("xlsx", filter, count);
        return count;
    }

    private List<String> headers(Locale locale) {
        var headers = new ArrayList<String>();
        headers.add(messages.getMessage("customer.export.column.id", null, "id", locale));
        columns.targets(locale).forEach(t -> headers.add(t.label()));
        headers.add(messages.getMessage("customer.export.column.ownerName", null, "owner", locale));
        headers.add(messages.getMessage("customer.export.column.createdAt", null, "created", locale));
        return headers;
    }

    private long rows(CustomerQuery query, int targetCount, Consumer<List<String>> sink) {
        var scope = scopes.forCurrentUser(Permissions.CUSTOMER_VIEW);
        boolean reveal = SensitiveFields.mayReveal(Permissions.CUSTOMER_SENSITIVE_VIEW);
        var locale = LocaleContextHolder.getLocale();
        var staff = new HashMap<Long, Optional<StaffSummary>>();
        var fields = columns.targets(locale).stream().filter(t -> t.code().startsWith("fields.")).map(t -> t.code().substring(7)).toList();
        long[] last = {0};
        boolean[] more = {true};
        long count = 0;
        while (more[0]) {
            var chunk = readTx.execute(status -> {
                var ids = index.idsAfter(query, scope, last[0], CHUNK);
                more[0] = ids.size() == CHUNK;
                if (ids.isEmpty()) {
                    return List.<List<String>>of();
                }
                last[0] = ids.get(ids.size() - 1);
                var defs = new HashMap<Long, String>();
                em.createQuery("select d from FieldDefinition d", FieldDefinition.class).getResultList()
                        .forEach(d -> defs.put(d.getId(), d.getCode()));
                var list = new ArrayList<>(customers.findAllById(ids));
                list.sort(java.util.Comparator.comparing(Customer::getId));
                var rows = new ArrayList<List<String>>(list.size());
                for (var c : list) {
                    if (!c.isMerged()) {
                        rows.add(row(c, reveal, locale, staff, fields, defs));
                    }
                }
                em.clear();
                return rows;
            });
            chunk.forEach(sink);
            count += chunk.size();
        }
        return count;
    }

    private List<String> row(Customer c, boolean reveal, Locale locale, Map<Long, Optional<StaffSummary>> staff,
                             List<String> fieldCodes, Map<Long, String> defs) {
        var owner = c.getOwnerStaffId() == null ? Optional.<StaffSummary>empty()
                : staff.computeIfAbsent(c.getOwnerStaffId(), directory::staff);
        var k = c.classification();
        var row = new ArrayList<String>();
        row.add(String.valueOf(c.getId()));
        row.add(label("customer.kind.", c.getKind(), locale));
        row.add(c.getName());
        row.add(reveal ? c.getIdNumber() : SensitiveKind.ID_NUMBER.mask(c.getIdNumber()));
        row.add(reveal ? c.getMobile() : SensitiveKind.MOBILE.mask(c.getMobile()));
        row.add(c.getLandline());
        row.add(c.getRegionCode() == null ? null : String.join(" ", reference.regionPath(c.getRegionCode())));
        row.add(c.getAddress());
        row.add(c.getIndustryCode() == null ? null
                : reference.label(ReferenceData.INDUSTRY, c.getIndustryCode()).orElse(c.getIndustryCode()));
        row.add(c.getSource());
        row.add(label("customer.status.", c.getStatus(), locale));
        row.add(String.join(",", c.getTags()));
        row.add(c.getAreaCode());
        row.add(owner.map(StaffSummary::username).orElse(null));
        row.add(label("customer.abcClass.", k.abcClass(), locale));
        row.add(label("customer.loyalty.", k.loyalty(), locale));
        row.add(label("customer.valueClass.", k.valueClass(), locale));
        row.add(k.creditGrade());
        row.add(messages.getMessage(k.vip() ? "common.yes" : "common.no", null, String.valueOf(k.vip()), locale));
        var values = new HashMap<String, String>();
        for (var v : c.fieldValues()) {
            var code = defs.get(v.getFieldId());
            if (code != null) {
                values.put(code, v.value().asText());
            }
        }
        fieldCodes.forEach(code -> row.add(values.get(code)));
        row.add(owner.map(StaffSummary::fullName).orElse(null));
        row.add(c.getCreatedAt() == null ? null : TIME.format(c.getCreatedAt()));
        return row;
    }

    private String label(String prefix, Enum<?> value, Locale locale) {
        return value == null ? null : messages.getMessage(prefix + value.name(), null, value.name(), locale);
    }

    private void audit(String format, CustomerQuery filter, long count) {
        writeTx.executeWithoutResult(s -> events.publishEvent(AuditableAction.of("customer.export",
                PersistenceConfiguration.currentActor(), "customer", null, null,
                "format=" + format + ", rows=" + count + ", masked=" + !SensitiveFields.mayReveal(Permissions.CUSTOMER_SENSITIVE_VIEW)
                        + ", query=" + java.net.URLDecoder.decode(filter.toQueryString(), StandardCharsets.UTF_8), clock.instant())));
    }
}
