package kehu.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The benchmark harness's ceiling (bench/run.sh, docs/performance.md): {@code GET /bench/constant} answers a
 * constant through the same stack as every page — Tomcat, the Spring Security filter chain proxy, the
 * DispatcherServlet, a controller method — but reads no session, no database and renders no template. The
 * customer page's throughput is reported as a share of it.
 *
 * <p>Exists only with the {@code bench} Spring profile, which the harness switches on; a normal start
 * registers neither the endpoint nor its security chain.
 */
@Configuration(proxyBeanMethods = false)
@Profile("bench")
class BenchProbe {

    static final String CONSTANT = "kehu";

    /** Its own chain, ahead of the application's, so the probe is reachable without signing in. */
    @Bean
    @Order(0)
    SecurityFilterChain benchProbeChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/bench/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
        return http.build();
    }

    /** Also marked with the profile: component scanning finds nested controllers on its own. */
    @RestController
    @Profile("bench")
    static class Constant {

        @GetMapping(path = "/bench/constant", produces = MediaType.TEXT_PLAIN_VALUE)
        String constant() {
            return CONSTANT;
        }
    }
}
