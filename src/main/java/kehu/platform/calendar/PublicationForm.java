package kehu.platform.calendar;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import kehu.shared.PlainText;

/**
 * Mark a year's schedule as published (entered completely from the official notice) or not, with a
 * note saying which notice it follows.
 */
public record PublicationForm(@NotNull(message = "{validation.required}") Boolean published,
                              @Size(max = PublicationForm.NOTE_MAX, message = "{validation.maxLength}") @PlainText String note) {

    static final int NOTE_MAX = 200;
}
