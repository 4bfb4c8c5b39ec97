package kehu.web;

import kehu.shared.DomainException;
import kehu.shared.NotFoundException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Business refusals on pages that the controller did not turn into form errors: a clear message
 * page, never a stack trace. (REST controllers are answered by {@link ApiErrors} first.)
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(NotFoundException e, Model model) {
        model.addAttribute("messageKey", e.messageKey());
        model.addAttribute("messageArgs", e.args());
        return "web/refused";
    }

    @ExceptionHandler(DomainException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String refused(DomainException e, Model model) {
        model.addAttribute("messageKey", e.violations().isEmpty() ? e.messageKey() : e.violations().get(0).messageKey());
        model.addAttribute("messageArgs", e.violations().isEmpty() ? e.args() : e.violations().get(0).args());
        return "web/refused";
    }
}
