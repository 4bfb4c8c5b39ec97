package kehu.archive.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import kehu.archive.ArchiveManagement;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Refuses an archive upload that is too large from its {@code Content-Length}, before anything reads the
 * body (ARC-3: a 2 GB upload is refused at once, not after it arrived). It runs ahead of every other
 * filter — Spring Security's CSRF check would otherwise parse the multipart body to find the token. An
 * upload without a length (chunked) is counted while it is staged and refused at the limit.
 */
@Configuration(proxyBeanMethods = false)
class UploadLimit {

    /** Room for the form fields and multipart boundaries around the file. */
    static final long OVERHEAD = 1024 * 1024;

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> archiveUploadLimit(ArchiveManagement archives, MessageSource messages) {
        var filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                long max = archives.maxFileSize();
                if ("POST".equals(request.getMethod()) && request.getContentLengthLong() > max + OVERHEAD) {
                    var locale = RequestContextUtils.getLocale(request);
                    var text = messages.getMessage("archive.file.tooLarge", new Object[] {Long.toString(max / (1024 * 1024))},
                            locale);
                    response.setStatus(413);
                    response.setHeader("Connection", "close");
                    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                    if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                        response.setContentType("application/problem+json");
                        response.getWriter().write("{\"status\":413,\"title\":\"Payload Too Large\",\"detail\":\""
                                + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\",\"errors\":[{\"field\":\"file\",\"message\":\""
                                + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}]}");
                    } else {
                        response.setContentType("text/plain");
                        response.getWriter().write(text);
                    }
                    return;
                }
                chain.doFilter(request, response);
            }
        };
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(filter);
        registration.addUrlPatterns("/api/v1/archives/*", "/archives/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setName("archiveUploadLimit");
        return registration;
    }
}
