package kehu.shared;

/** The thing asked for does not exist, or the caller's data scope hides it (the same answer either way). */
public class NotFoundException extends DomainException {

    public NotFoundException(String what, Object id) {
        super("error.notFound", what, id);
    }
}
