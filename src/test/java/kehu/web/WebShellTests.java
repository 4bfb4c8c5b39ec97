package kehu.web;

import static kehu.support.Users.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import kehu.support.KehuTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@KehuTest
class WebShellTests {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;

    @Test
    void healthReportsTheDatabase() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.db.status").value("UP"));
    }

    @Test
    void metricsAreExposedForPrometheus() throws Exception {
        mvc.perform(get("/actuator/prometheus"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("jvm_memory_used_bytes")));
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("Kehu 客户 REST API"))
                .andExpect(jsonPath("$.paths['/api/v1/staff']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/auth/tokens']").exists());
    }

    @Test
    void pagesAreChineseByDefaultAndEnglishOnRequest() throws Exception {
        mvc.perform(get("/").with(as(users, "gm")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("王总，您好")))
                .andExpect(content().string(containsString("组织架构")));
        mvc.perform(get("/").param("lang", "en").with(as(users, "gm")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hello, 王总")))
                .andExpect(content().string(containsString("Org tree")))
                .andExpect(content().string(not(containsString("组织架构"))));
    }

    @Test
    void theLoginPageIsPublic() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"login-submit\"")));
    }

    @Test
    void navigationShowsOnlyWhatThePersonMayUse() throws Exception {
        mvc.perform(get("/").with(as(users, "clerk")))
                .andExpect(content().string(not(containsString("/org/staff"))))
                .andExpect(content().string(not(containsString("/audit"))));
        mvc.perform(get("/").with(as(users, "admin")))
                .andExpect(content().string(containsString("/org/staff")))
                .andExpect(content().string(containsString("/audit")));
    }

    @Test
    void anUnknownRecordGetsAClearPageNotAStackTrace() throws Exception {
        mvc.perform(get("/org/staff/987654").with(as(users, "admin")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("找不到记录")))
                .andExpect(content().string(not(containsString("Exception"))));
    }
}
