package kehu.customer.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A parsed industry-field value: exactly one of the four parts is set (text also holds a choice). */
public record TypedValue(String text, BigDecimal number, LocalDate date, Boolean bool) {

    static TypedValue text(String s) {
        return new TypedValue(s, null, null, null);
    }

    static TypedValue number(BigDecimal n) {
        return new TypedValue(null, n, null, null);
    }

    static TypedValue date(LocalDate d) {
        return new TypedValue(null, null, d, null);
    }

    static TypedValue bool(boolean b) {
        return new TypedValue(null, null, null, b);
    }

    /** The value as text the way a form or a file carries it: 12.5, 2026-03-01, true. */
    public String asText() {
        if (text != null) {
            return text;
        }
        if (number != null) {
            return number.stripTrailingZeros().toPlainString();
        }
        if (date != null) {
            return date.toString();
        }
        return bool == null ? null : bool.toString();
    }

    boolean sameAs(TypedValue other) {
        if (other == null) {
            return false;
        }
        return java.util.Objects.equals(text, other.text)
                && (number == null ? other.number == null : other.number != null && number.compareTo(other.number) == 0)
                && java.util.Objects.equals(date, other.date) && java.util.Objects.equals(bool, other.bool);
    }
}
