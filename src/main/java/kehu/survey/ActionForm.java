package kehu.survey;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * An improvement action decided from a campaign's results.
 *
 * @param description what will be improved (required, ≤ 1000)
 * @param responsible who is responsible (a unit or person, ≤ 100), may be blank
 * @param dueOn       by when, may be null
 */
public record ActionForm(String description, String responsible,
                         @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn) {
}
