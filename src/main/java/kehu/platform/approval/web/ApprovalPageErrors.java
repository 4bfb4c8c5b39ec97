package kehu.platform.approval.web;

import java.util.Map;

import kehu.shared.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Pages of the approvals engine: an approval or chain that does not exist (or is hidden) is a 404 page. */
@ControllerAdvice(assignableTypes = {ApprovalInboxController.class, ApprovalChainController.class})
class ApprovalPageErrors {

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound() {
        return new ModelAndView("error", Map.of("status", 404), HttpStatus.NOT_FOUND);
    }
}
