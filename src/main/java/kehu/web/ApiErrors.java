package kehu.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import kehu.shared.DomainException;
import kehu.shared.FieldViolation;
import kehu.shared.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns failures of REST calls into {@code application/problem+json} with a localised message and,
 * for bad input, an {@code errors} list naming each field. Never a stack trace. Ordered first: Spring
 * Boot's own problem-details handler (order 0) would otherwise answer bean-validation failures without
 * the {@code errors} list.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

    private final MessageSource messages;

    ApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, text(e.messageKey(), e.args()), List.of());
    }

    @ExceptionHandler(DomainException.class)
    ProblemDetail domain(DomainException e) {
        var status = e.violations().isEmpty() ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
        var errors = e.violations().stream().map(this::fieldError).toList();
        return problem(status, text(e.messageKey(), e.args()), errors);
    }

    @ExceptionHandler({MethodArgumentNotValidException.class, BindException.class})
    ProblemDetail invalid(BindException e) {
        var errors = new ArrayList<Map<String, String>>();
        e.getBindingResult().getFieldErrors().forEach(fe -> errors.add(Map.of(
                "field", fe.getField(),
                "message", messages.getMessage(fe, locale()))));
        e.getBindingResult().getGlobalErrors().forEach(ge -> errors.add(Map.of(
                "field", ge.getObjectName(),
                "message", messages.getMessage(ge, locale()))));
        return problem(HttpStatus.BAD_REQUEST, text("error.validation"), errors);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        return problem(HttpStatus.BAD_REQUEST, text("error.unreadable"), List.of());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, text("error.validation"),
                List.of(Map.of("field", e.getName(), "message", text("error.field.format"))));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail conflict(OptimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, text("error.concurrentChange"), List.of());
    }

    private Map<String, String> fieldError(FieldViolation v) {
        return Map.of("field", v.field(), "message", text(v.messageKey(), v.args()));
    }

    private ProblemDetail problem(HttpStatus status, String detail, List<Map<String, String>> errors) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(text("error.title." + status.value()));
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
