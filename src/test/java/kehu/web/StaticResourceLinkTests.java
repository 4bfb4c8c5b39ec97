package kehu.web;

import static kehu.support.Users.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import kehu.support.KehuTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Links in pages are written as the templates give them (no per-request rewriting through the static
 * resource resolvers, which cost half the CPU of a page), and version-free WebJar paths still work.
 */
@KehuTest
class StaticResourceLinkTests {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;

    @Test
    void pagesLinkWebJarsWithoutVersionAndThosePathsAreServed() throws Exception {
        mvc.perform(get("/").with(as(users, "gm")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/webjars/bootstrap/css/bootstrap.min.css\"")))
                .andExpect(content().string(containsString("src=\"/webjars/htmx.org/dist/htmx.min.js\"")))
                .andExpect(content().string(not(containsString("/webjars/bootstrap/5."))));
        mvc.perform(get("/webjars/bootstrap/css/bootstrap.min.css")).andExpect(status().isOk());
        mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
        mvc.perform(get("/css/kehu.css")).andExpect(status().isOk());
    }
}
