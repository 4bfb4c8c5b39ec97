package kehu.survey;

import static kehu.support.Users.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import tools.jackson.databind.json.JsonMapper;

/** Calls the survey REST API as a demo user. */
final class SurveyApiClient {

    private final MockMvc mvc;
    private final UserDetailsService users;
    private final JsonMapper json;

    SurveyApiClient(MockMvc mvc, UserDetailsService users, JsonMapper json) {
        this.mvc = mvc;
        this.users = users;
        this.json = json;
    }

    ResultActions get(String user, String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).with(as(users, user)));
    }

    ResultActions post(String user, String path, Object body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(path).with(as(users, user)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body == null ? Map.of() : body)));
    }

    ResultActions put(String user, String path, Object body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.put(path).with(as(users, user)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
    }

    static Map<String, Object> item(String kind, String text, boolean required, String... options) {
        return Map.of("kind", kind, "text", text, "required", required, "options", List.of(options));
    }
}
