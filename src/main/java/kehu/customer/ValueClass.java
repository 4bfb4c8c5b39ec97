package kehu.customer;

/** Value class (CUS-6): 优质, 潜在优质, 劣质. */
public enum ValueClass {
    PRIME, POTENTIAL_PRIME, POOR
}
