package kehu.customer;

/** Loyalty type (CUS-6): 非合作型, 普通型, 合作型, 伙伴型. */
public enum LoyaltyType {
    NON_COOPERATIVE, ORDINARY, COOPERATIVE, PARTNER
}
