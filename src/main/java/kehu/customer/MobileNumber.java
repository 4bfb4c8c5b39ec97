package kehu.customer;

import kehu.shared.DomainException;

/**
 * A mainland China mobile number: 11 digits starting 13–19. Spaces and dashes people type are
 * dropped, and a leading {@code +86} / {@code 86} country code is removed.
 */
public record MobileNumber(String value) {

    public MobileNumber {
        if (value == null || !value.matches("1[3-9]\\d{9}")) {
            throw DomainException.invalid("mobile", "customer.mobile.invalid");
        }
    }

    public static MobileNumber parse(String raw) {
        if (raw == null) {
            return new MobileNumber(null);
        }
        var digits = raw.strip().replaceAll("[\\s-]", "");
        if (digits.startsWith("+86")) {
            digits = digits.substring(3);
        } else if (digits.startsWith("86") && digits.length() == 13) {
            digits = digits.substring(2);
        }
        return new MobileNumber(digits);
    }

    @Override
    public String toString() {
        return value;
    }
}
