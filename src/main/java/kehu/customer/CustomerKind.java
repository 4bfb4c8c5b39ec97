package kehu.customer;

/** Whether a customer is a person (identified by an ID card) or an organisation (by a unified social credit code). */
public enum CustomerKind {
    INDIVIDUAL,
    ORGANIZATION
}
