package kehu.customer;

import java.time.LocalDate;

/** A contact person of a customer. */
public record ContactView(long id, String name, String role, String phone, LocalDate birthday, String preferences) {
}
