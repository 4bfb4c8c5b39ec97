package kehu.archive.web;

import java.time.LocalDate;

import kehu.archive.Carrier;
import kehu.archive.Confidentiality;
import kehu.archive.DocumentForm;

import org.springframework.format.annotation.DateTimeFormat;

/** The form fields of a document upload (page and API), dates as ISO {@code yyyy-MM-dd}. */
public record DocumentFields(Long volumeId, Long eventId, Long scopeItemId, String title, String categoryCode,
                             Carrier carrier, Boolean original, Boolean signed, Integer pages,
                             @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, String responsible,
                             Confidentiality confidentiality) {

    DocumentForm form() {
        return new DocumentForm(volumeId, eventId, scopeItemId, title, categoryCode, carrier, original, signed, pages, date,
                responsible, confidentiality);
    }
}
