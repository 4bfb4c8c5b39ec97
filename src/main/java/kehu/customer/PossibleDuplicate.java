package kehu.customer;

/**
 * An existing customer that a new one probably duplicates (CUS-4).
 *
 * @param field      the field of the new customer that matched: {@code name}, {@code idNumber},
 *                   {@code mobile} or {@code landline}
 * @param viaContact true when the phone matched a contact person's phone of the existing customer
 * @param owner      its accountable manager, null in the pool
 */
public record PossibleDuplicate(long customerId, String name, CustomerKind kind, CustomerStatus status, String field,
                                boolean viaContact, StaffRef owner) {
}
