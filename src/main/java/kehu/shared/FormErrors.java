package kehu.shared;

import org.springframework.beans.NotReadablePropertyException;
import org.springframework.validation.BindingResult;

/**
 * Puts the field violations of a {@link DomainException} onto a form's binding result, so a page
 * shows them next to the fields (the REST API gets them as problem+json from the web module).
 * A violation naming no field of the form becomes a global error.
 */
public final class FormErrors {

    private FormErrors() {
    }

    public static void apply(DomainException e, BindingResult result) {
        if (e.violations().isEmpty()) {
            result.reject(e.messageKey(), e.args(), e.messageKey());
            return;
        }
        for (var v : e.violations()) {
            try {
                result.rejectValue(v.field(), v.messageKey(), v.args(), v.messageKey());
            } catch (NotReadablePropertyException notAField) {
                result.reject(v.messageKey(), v.args(), v.messageKey());
            }
        }
    }
}
