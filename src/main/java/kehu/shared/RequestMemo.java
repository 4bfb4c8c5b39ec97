package kehu.shared;

import java.util.function.Supplier;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Remembers a value for the rest of the current web request, so a page that needs the same thing four
 * times (the signed-in person's data scope, the industry-field definitions) reads it once. Outside a
 * web request (jobs, listeners, tests calling services) it simply computes the value every time. The
 * next request reads afresh, so a change applies from the next request on.
 *
 * <p>Only for values that are immutable and that the request itself does not change; a {@code null}
 * value is not remembered.
 */
public final class RequestMemo {

    private RequestMemo() {
    }

    @SuppressWarnings("unchecked")
    public static <T> T get(String key, Supplier<T> compute) {
        var request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return compute.get();
        }
        var name = RequestMemo.class.getName() + ':' + key;
        var known = request.getAttribute(name, RequestAttributes.SCOPE_REQUEST);
        if (known != null) {
            return (T) known;
        }
        var value = compute.get();
        if (value != null) {
            request.setAttribute(name, value, RequestAttributes.SCOPE_REQUEST);
        }
        return value;
    }

    /** Forgets a remembered value (after the request changed what it was computed from). */
    public static void forget(String key) {
        var request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.removeAttribute(RequestMemo.class.getName() + ':' + key, RequestAttributes.SCOPE_REQUEST);
        }
    }
}
