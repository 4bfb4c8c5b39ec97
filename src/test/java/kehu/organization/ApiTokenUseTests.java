package kehu.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.jayway.jsonpath.JsonPath;

import kehu.organization.internal.ApiTokens;
import kehu.organization.security.ApiTokenService;
import kehu.support.KehuTest;
import kehu.support.MutableClock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * One API token used by many requests at once (an integration calling in parallel, the benchmark
 * harness) must authenticate every one of them: recording the last use must not conflict.
 */
@KehuTest
class ApiTokenUseTests {

    @Autowired MockMvc mvc;
    @Autowired ApiTokenService tokenService;
    @Autowired ApiTokens tokens;
    @Autowired MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private record Issued(long id, String token) {
    }

    private Issued issue(String name) throws Exception {
        var json = mvc.perform(post("/api/v1/auth/tokens").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"gm\",\"password\":\"Demo@2026\",\"name\":\"" + name + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return new Issued(((Number) JsonPath.read(json, "$.id")).longValue(), JsonPath.read(json, "$.token"));
    }

    @Test
    void oneTokenUsedByManyRequestsAtOnceAuthenticatesEveryOne() throws Exception {
        var t0 = Instant.parse("2026-09-21T01:00:00Z");
        clock.set(t0);
        var issued = issue("parallel sync");
        var staffId = tokenService.authenticate(issued.token()).orElseThrow();
        // an hour later the recorded use is due again for the parallel requests below
        clock.set(t0.plusSeconds(3600));
        int threads = 8;
        int rounds = 25;
        var pool = Executors.newFixedThreadPool(threads);
        var go = new CountDownLatch(1);
        var results = new ArrayList<java.util.concurrent.Future<Integer>>();
        for (int t = 0; t < threads; t++) {
            Callable<Integer> caller = () -> {
                go.await();
                int ok = 0;
                for (int r = 0; r < rounds; r++) {
                    if (tokenService.authenticate(issued.token()).equals(Optional.of(staffId))) {
                        ok++;
                    }
                }
                return ok;
            };
            results.add(pool.submit(caller));
        }
        go.countDown();
        int authenticated = 0;
        for (var result : results) {
            authenticated += result.get(60, TimeUnit.SECONDS); // an exception here is a failed authentication
        }
        pool.shutdown();
        assertThat(authenticated).isEqualTo(threads * rounds);
        assertThat(tokens.findById(issued.id()).orElseThrow().getLastUsedAt()).isEqualTo(t0.plusSeconds(3600));
    }

    @Test
    void theLastUseIsKeptToTheMinute() throws Exception {
        var t0 = Instant.parse("2026-09-18T02:00:00Z");
        clock.set(t0);
        var issued = issue("nightly export");
        assertThat(tokens.findById(issued.id()).orElseThrow().getLastUsedAt()).isNull();

        assertThat(tokenService.authenticate(issued.token())).isPresent();
        assertThat(tokens.findById(issued.id()).orElseThrow().getLastUsedAt()).isEqualTo(t0);

        clock.set(t0.plusSeconds(40));
        assertThat(tokenService.authenticate(issued.token())).isPresent();
        assertThat(tokens.findById(issued.id()).orElseThrow().getLastUsedAt()).isEqualTo(t0);

        clock.set(t0.plusSeconds(61));
        assertThat(tokenService.authenticate(issued.token())).isPresent();
        assertThat(tokens.findById(issued.id()).orElseThrow().getLastUsedAt()).isEqualTo(t0.plusSeconds(61));
    }
}
