package kehu.web;

import static kehu.support.Users.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import kehu.support.KehuTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The benchmark's bare endpoint exists only with the {@code bench} profile (bench/run.sh switches it on). */
@KehuTest
class BenchProbeTests {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired ApplicationContext context;

    @Test
    void withoutTheBenchProfileThereIsNoBareEndpoint() throws Exception {
        assertThat(context.getBeanNamesForType(BenchProbe.Constant.class)).isEmpty();
        assertThat(context.getBeanNamesForType(BenchProbe.class)).isEmpty();
        // not open to anonymous callers (the ordinary chain asks them to sign in) …
        mvc.perform(get("/bench/constant")).andExpect(status().is3xxRedirection());
        // … and not there for signed-in ones
        mvc.perform(get("/bench/constant").with(as(users, "admin"))).andExpect(status().isNotFound());
    }

    @Test
    void theBareEndpointAnswersAConstant() {
        assertThat(new BenchProbe.Constant().constant()).isEqualTo("kehu");
    }
}
