package kehu.customer;

import kehu.shared.DomainException;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015) of an organisation: 18 characters
 * from {@code 0-9A-HJ-NPQRTUWXY} (no I, O, S, V, Z); the last is a check character computed from
 * the first 17 with the weights 3<sup>i</sup> mod 31 (check = 31 − Σ mod 31, where 31 means 0).
 */
public record CreditCode(String value) {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public CreditCode {
        var problem = problem(value);
        if (problem != null) {
            throw DomainException.invalid("idNumber", problem);
        }
    }

    /** Trims, upper-cases and validates. */
    public static CreditCode parse(String raw) {
        return new CreditCode(raw == null ? null : raw.strip().toUpperCase());
    }

    static String problem(String v) {
        if (v == null || v.length() != 18) {
            return "customer.creditCode.format";
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(v.charAt(i)) < 0) {
                return "customer.creditCode.format";
            }
        }
        if (checkCharacter(v.substring(0, 17)) != v.charAt(17)) {
            return "customer.creditCode.checkDigit";
        }
        return null;
    }

    /** The check character of the first 17 characters (for generating test and demo codes). */
    public static char checkCharacterOf(String first17) {
        if (first17 == null || first17.length() != 17 || first17.chars().anyMatch(ch -> ALPHABET.indexOf(ch) < 0)) {
            throw new IllegalArgumentException("17 characters of the credit-code alphabet expected");
        }
        return checkCharacter(first17);
    }

    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }

    @Override
    public String toString() {
        return value;
    }
}
