package kehu.customer;

/**
 * How a customer is classified (CUS-6); each part may be unset.
 *
 * @param creditGrade a short free code (e.g. AAA, A+, 3), up to 8 letters, digits, + or -
 */
public record Classification(AbcClass abcClass, LoyaltyType loyalty, ValueClass valueClass, String creditGrade,
                             boolean vip) {

    public static final Classification NONE = new Classification(null, null, null, null, false);
}
