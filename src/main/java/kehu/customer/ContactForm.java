package kehu.customer;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** Add or change a contact person: name required; phone a mobile or a landline. */
public record ContactForm(String name, String role, String phone,
                          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthday, String preferences) {

    public static ContactForm empty() {
        return new ContactForm("", "", "", null, "");
    }
}
