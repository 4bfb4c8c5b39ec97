package kehu.organization.security;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import kehu.shared.AuditableAction;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.LocaleResolver;

import tools.jackson.databind.json.JsonMapper;

/**
 * Security answers: 401 and 403 for the REST API as {@code application/problem+json} with a
 * localised message; 403 pages for people. Every refusal of a signed-in person is audited.
 */
@Component
class SecurityProblems implements AccessDeniedHandler {

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    SecurityProblems(MessageSource messages, LocaleResolver locales, JsonMapper json, ApplicationEventPublisher events,
                     TransactionTemplate tx, Clock clock) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    AuthenticationEntryPoint apiEntryPoint() {
        return (request, response, e) -> write(request, response, HttpStatus.UNAUTHORIZED, "security.unauthenticated");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        var actor = auth == null ? "anonymous" : auth.getName();
        tx.executeWithoutResult(status -> events.publishEvent(AuditableAction.of("access.denied", actor, "request",
                null, null, request.getMethod() + " " + request.getRequestURI(), clock.instant())));
        if (isApi(request)) {
            write(request, response, HttpStatus.FORBIDDEN, "security.forbidden");
        } else {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            request.setAttribute("kehu.forbidden", Boolean.TRUE);
            try {
                request.getRequestDispatcher("/error/forbidden").forward(request, response);
            } catch (jakarta.servlet.ServletException ex) {
                throw new IOException(ex);
            }
        }
    }

    void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String messageKey)
            throws IOException {
        var locale = locales.resolveLocale(request);
        var problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(messageKey, null, locale));
        problem.setTitle(messages.getMessage("error.title." + status.value(), null, locale));
        problem.setInstance(java.net.URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(problem));
    }
}
