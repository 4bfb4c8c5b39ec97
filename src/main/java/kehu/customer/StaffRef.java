package kehu.customer;

/** A member of staff as the customer pages show them: id and name. */
public record StaffRef(long id, String name) {
}
