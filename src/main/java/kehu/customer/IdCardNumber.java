package kehu.customer;

import java.time.DateTimeException;
import java.time.LocalDate;

import kehu.shared.DomainException;

/**
 * A resident identity card number (居民身份证号码, GB 11643-1999): 17 digits — a 6-digit region code,
 * the birth date {@code yyyyMMdd}, a 3-digit sequence — and a check character (0-9 or X) computed
 * from the 17 digits with the ISO 7064 MOD 11-2 weights. A lower-case x is accepted and stored as X.
 */
public record IdCardNumber(String value) {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    public IdCardNumber {
        var problem = problem(value);
        if (problem != null) {
            throw DomainException.invalid("idNumber", problem);
        }
    }

    /** Trims, upper-cases the check character and validates. */
    public static IdCardNumber parse(String raw) {
        return new IdCardNumber(raw == null ? null : raw.strip().toUpperCase());
    }

    /** The message key of what is wrong with the value, or null when it is a valid number. */
    static String problem(String v) {
        if (v == null || !v.matches("[1-9]\\d{16}[0-9X]")) {
            return "customer.idNumber.format";
        }
        if (birthDateOf(v) == null) {
            return "customer.idNumber.birthDate";
        }
        if (checkCharacter(v.substring(0, 17)) != v.charAt(17)) {
            return "customer.idNumber.checkDigit";
        }
        return null;
    }

    /** The check character of the first 17 digits (for generating test and demo numbers). */
    public static char checkCharacterOf(String first17) {
        if (first17 == null || !first17.matches("\\d{17}")) {
            throw new IllegalArgumentException("17 digits expected");
        }
        return checkCharacter(first17);
    }

    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    private static LocalDate birthDateOf(String v) {
        try {
            var date = LocalDate.of(Integer.parseInt(v.substring(6, 10)), Integer.parseInt(v.substring(10, 12)),
                    Integer.parseInt(v.substring(12, 14)));
            return date.getYear() < 1880 ? null : date;
        } catch (DateTimeException e) {
            return null;
        }
    }

    public LocalDate birthDate() {
        return birthDateOf(value);
    }

    /** The 6-digit region code where the number was issued. */
    public String regionCode() {
        return value.substring(0, 6);
    }

    @Override
    public String toString() {
        return value;
    }
}
