package kehu.organization.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import kehu.organization.KehuUser;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A person signed in with an initial password must choose a new one before anything else (ORG-3):
 * pages redirect to the password form; the REST API answers 403 with a clear message, except the
 * password-change call itself.
 */
class PasswordChangeRequiredFilter extends OncePerRequestFilter {

    static final String PASSWORD_PAGE = "/account/password";
    static final String PASSWORD_API = "/api/v1/account/password";
    private static final List<String> ALLOWED_PREFIXES = List.of(PASSWORD_PAGE, PASSWORD_API, "/logout", "/login",
            "/css/", "/js/", "/webjars/", "/error", "/favicon");

    private final SecurityProblems problems;

    PasswordChangeRequiredFilter(SecurityProblems problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof KehuUser user && user.mustChangePassword()
                && !allowed(request)) {
            if (SecurityProblems.isApi(request)) {
                problems.write(request, response, HttpStatus.FORBIDDEN, "security.passwordChangeRequired");
            } else {
                response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean allowed(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        return ALLOWED_PREFIXES.stream().anyMatch(path::startsWith);
    }
}
