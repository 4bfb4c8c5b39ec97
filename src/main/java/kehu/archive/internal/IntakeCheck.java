package kehu.archive.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import kehu.archive.ArchiveSettings;
import kehu.archive.Carrier;
import kehu.archive.Confidentiality;
import kehu.archive.DocumentForm;
import kehu.shared.FieldViolation;

import org.springframework.stereotype.Component;

/**
 * The intake check of a document (ARC-2, ARC-3: 不合格的不予接受): required metadata, plausible values, the
 * form the filing-scope line demands (original, signed by the customer), a file where the carrier needs one,
 * and the file's format as detected from its content. Every problem is named; nothing is filed when any.
 */
@Component
public class IntakeCheck {

    private static final Pattern PLAIN = Pattern.compile("[^<>\\p{Cntrl}]*");

    /** A document that passed the check, with defaults filled in. */
    public record Checked(long volumeId, Long eventId, Long scopeItemId, String title, String categoryCode,
                          Carrier carrier, boolean original, boolean signed, int pages, LocalDate date,
                          String responsible, Confidentiality confidentiality) {
    }

    private final Categories categories;
    private final ScopeItems scopeItems;
    private final BusinessEvents events;
    private final Volumes volumes;
    private final ArchiveSettings settings;
    private final Clock clock;

    IntakeCheck(Categories categories, ScopeItems scopeItems, BusinessEvents events, Volumes volumes,
                ArchiveSettings settings, Clock clock) {
        this.categories = categories;
        this.scopeItems = scopeItems;
        this.events = events;
        this.volumes = volumes;
        this.settings = settings;
        this.clock = clock;
    }

    public Checked check(Archive archive, DocumentForm f, boolean hasFile, List<FieldViolation> problems) {
        Volume volume = null;
        if (f.volumeId() == null) {
            problems.add(new FieldViolation("volumeId", "validation.required"));
        } else {
            volume = volumes.findById(f.volumeId()).filter(v -> v.getArchiveId() == archive.getId()).orElse(null);
            if (volume == null) {
                problems.add(new FieldViolation("volumeId", "archive.intake.volumeUnknown"));
            }
        }
        BusinessEvent event = null;
        if (f.eventId() != null) {
            event = events.findById(f.eventId()).orElse(null);
            if (event == null || volume == null || event.getVolumeId() != volume.getId()) {
                problems.add(new FieldViolation("eventId", "archive.intake.eventUnknown"));
                event = null;
            }
        }
        ScopeItem item = null;
        if (f.scopeItemId() != null) {
            item = scopeItems.findById(f.scopeItemId()).orElse(null);
            if (item == null || event == null || !item.getEventCode().equals(event.getEventCode())) {
                problems.add(new FieldViolation("scopeItemId", "archive.intake.scopeItemUnknown"));
                item = null;
            }
        }
        var title = text(f.title(), "title", 200, problems);
        var categoryCode = f.categoryCode() == null || f.categoryCode().isBlank()
                ? (item == null ? null : item.getCategoryCode()) : f.categoryCode().trim();
        if (categoryCode == null) {
            problems.add(new FieldViolation("categoryCode", "validation.required"));
        } else if (categories.findByCode(categoryCode).isEmpty()) {
            problems.add(new FieldViolation("categoryCode", "archive.intake.categoryUnknown", categoryCode));
        }
        if (f.carrier() == null) {
            problems.add(new FieldViolation("carrier", "validation.required"));
        }
        boolean original = Boolean.TRUE.equals(f.original());
        boolean signed = Boolean.TRUE.equals(f.signed());
        if (item != null && item.isOriginalRequired() && !original) {
            problems.add(new FieldViolation("original", "archive.intake.originalRequired", item.getTitle()));
        }
        if (item != null && item.isSignedRequired() && !signed) {
            problems.add(new FieldViolation("signed", "archive.intake.signedRequired", item.getTitle()));
        }
        if (f.pages() == null) {
            problems.add(new FieldViolation("pages", "validation.required"));
        } else if (f.pages() < 1 || f.pages() > 100_000) {
            problems.add(new FieldViolation("pages", "archive.intake.pagesRange"));
        }
        if (f.date() == null) {
            problems.add(new FieldViolation("date", "validation.required"));
        } else if (f.date().isAfter(LocalDate.now(clock.withZone(kehu.shared.ClockConfiguration.ZONE)))) {
            problems.add(new FieldViolation("date", "archive.intake.dateInFuture"));
        }
        var responsible = text(f.responsible(), "responsible", 50, problems);
        if (f.carrier() != null && f.carrier().needsFile() && !hasFile) {
            problems.add(new FieldViolation("file", "archive.intake.fileRequired"));
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return new Checked(volume.getId(), event == null ? null : event.getId(), item == null ? null : item.getId(),
                title, categoryCode, f.carrier(), original, signed, f.pages(), f.date(), responsible,
                f.confidentiality() == null ? settings.defaultConfidentiality() : f.confidentiality());
    }

    /** Whether the detected type is allowed for the carrier; adds the reason when not. */
    public Optional<String> format(Carrier carrier, byte[] head, List<FieldViolation> problems) {
        var type = ContentTypes.detect(head);
        if (type.isPresent() && ContentTypes.EXECUTABLE.equals(type.get())) {
            problems.add(new FieldViolation("file", "archive.file.executable"));
            return Optional.empty();
        }
        if (type.isEmpty() || carrier == null || !carrier.accepts(type.get())) {
            problems.add(new FieldViolation("file", "archive.file.formatNotAllowed", type.orElse("?")));
            return Optional.empty();
        }
        return type;
    }

    static String text(String value, String field, int max, List<FieldViolation> problems) {
        var v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            problems.add(new FieldViolation(field, "validation.required"));
            return null;
        }
        if (v.length() > max) {
            problems.add(new FieldViolation(field, "archive.intake.tooLong", max));
            return null;
        }
        if (!PLAIN.matcher(v).matches()) {
            problems.add(new FieldViolation(field, "validation.plainText"));
            return null;
        }
        return v;
    }
}
