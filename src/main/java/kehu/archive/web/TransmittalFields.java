package kehu.archive.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import kehu.archive.Carrier;
import kehu.archive.TransmittalForm;
import kehu.shared.DomainException;
import kehu.shared.FieldViolation;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The fields of the transmittal form on the archive page ({@code items[0].title} …); numbers arrive as text so a
 * mistyped one is named like any other bad field, untouched rows are dropped; one responsible person
 * (责任者) for the whole form unless a row names its own.
 */
public class TransmittalFields {

    private Long volumeId;
    private String eventCode;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate occurredOn;
    private String note;
    private String responsible;
    private List<ItemFields> items = new ArrayList<>();

    public static class ItemFields {
        private Long scopeItemId;
        private String title;
        private String categoryCode;
        private Carrier carrier;
        private Boolean original;
        private Boolean signed;
        private String pages;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate date;
        private String responsible;

        public ItemFields() {
        }

        ItemFields(Long scopeItemId, String title, String categoryCode, boolean original, boolean signed) {
            this.scopeItemId = scopeItemId;
            this.title = title;
            this.categoryCode = categoryCode;
            this.carrier = Carrier.PAPER;
            this.original = original;
            this.signed = signed;
        }

        public Long getScopeItemId() { return scopeItemId; }
        public void setScopeItemId(Long scopeItemId) { this.scopeItemId = scopeItemId; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getCategoryCode() { return categoryCode; }
        public void setCategoryCode(String categoryCode) { this.categoryCode = categoryCode; }
        public Carrier getCarrier() { return carrier; }
        public void setCarrier(Carrier carrier) { this.carrier = carrier; }
        public Boolean getOriginal() { return original; }
        public void setOriginal(Boolean original) { this.original = original; }
        public Boolean getSigned() { return signed; }
        public void setSigned(Boolean signed) { this.signed = signed; }
        public String getPages() { return pages; }
        public void setPages(String pages) { this.pages = pages; }
        public LocalDate getDate() { return date; }
        public void setDate(LocalDate date) { this.date = date; }
        public String getResponsible() { return responsible; }
        public void setResponsible(String responsible) { this.responsible = responsible; }

        /**
         * Nothing typed: no page count and no date, and no title either unless the row came prefilled from the
         * filing scope (the items the department does not hand over this time stay untouched).
         */
        boolean blank() {
            return (pages == null || pages.isBlank()) && date == null
                    && (scopeItemId != null || title == null || title.isBlank());
        }
    }

    public Long getVolumeId() { return volumeId; }
    public void setVolumeId(Long volumeId) { this.volumeId = volumeId; }
    public String getEventCode() { return eventCode; }
    public void setEventCode(String eventCode) { this.eventCode = eventCode; }
    public LocalDate getOccurredOn() { return occurredOn; }
    public void setOccurredOn(LocalDate occurredOn) { this.occurredOn = occurredOn; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getResponsible() { return responsible; }
    public void setResponsible(String responsible) { this.responsible = responsible; }
    public List<ItemFields> getItems() { return items; }
    public void setItems(List<ItemFields> items) { this.items = items; }

    /** The form for the service; a page count that is not a whole number is refused here, named by its row. */
    TransmittalForm form() {
        var problems = new ArrayList<FieldViolation>();
        var lines = new ArrayList<TransmittalForm.Item>();
        for (int i = 0; i < items.size(); i++) {
            var f = items.get(i);
            if (f == null || f.blank()) {
                lines.add(null);
                continue;
            }
            Integer pages = null;
            if (f.pages != null && !f.pages.isBlank()) {
                try {
                    pages = Integer.valueOf(f.pages.strip());
                } catch (NumberFormatException e) {
                    problems.add(new FieldViolation("items[" + i + "].pages", "error.field.format"));
                }
            }
            // the form's responsible person stands for every row that names none
            var who = f.responsible == null || f.responsible.isBlank() ? responsible : f.responsible;
            lines.add(new TransmittalForm.Item(f.scopeItemId, f.title, f.categoryCode, f.carrier, f.original, f.signed, pages,
                    f.date, who));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        return new TransmittalForm(volumeId, eventCode, occurredOn, note, lines);
    }
}
