package kehu.servicedesk;

import static kehu.support.Users.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import kehu.organization.KehuUser;

import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import com.jayway.jsonpath.JsonPath;

import tools.jackson.databind.json.JsonMapper;

/** Calls the service-desk REST API as a demo user, and runs facade calls signed in as one. */
final class ServiceDeskClient {

    private final MockMvc mvc;
    private final UserDetailsService users;
    private final JsonMapper json;

    ServiceDeskClient(MockMvc mvc, UserDetailsService users, JsonMapper json) {
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
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body == null ? Map.of() : body)));
    }

    /** An anonymous phone matter of the type (a fresh token each time), ready to adjust. */
    static Map<String, Object> phoneMatter(String type, String category, String subject) {
        var body = new LinkedHashMap<String, Object>();
        body.put("type", type);
        body.put("channel", "phone");
        body.put("categoryCode", category);
        body.put("priority", "NORMAL");
        body.put("severity", "ROUTINE");
        body.put("subject", subject);
        body.put("description", "来电反映：" + subject);
        body.put("callerName", "李先生");
        body.put("callbackNumber", "13800138000");
        body.put("areaCode", "F01");
        body.put("token", UUID.randomUUID().toString());
        return body;
    }

    static Map<String, Object> with(Map<String, Object> body, Object... pairs) {
        var copy = new LinkedHashMap<>(body);
        for (int i = 0; i < pairs.length; i += 2) {
            copy.put((String) pairs[i], pairs[i + 1]);
        }
        return copy;
    }

    /** Registers a matter as the user and returns its id. */
    long register(String user, Map<String, Object> body) throws Exception {
        var answer = post(user, "/api/v1/service/matters", body).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(answer, "$.id")).longValue();
    }

    String matter(String user, long id) throws Exception {
        return get(user, "/api/v1/service/matters/" + id).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    <T> T read(String user, long id, String path) throws Exception {
        return JsonPath.read(matter(user, id), path);
    }

    long version(long id) throws Exception {
        return ((Number) read("admin", id, "$.matter.version")).longValue();
    }

    long staffId(String username) {
        return ((KehuUser) users.loadUserByUsername(username)).staffId();
    }

    /** Runs code signed in as the user (for calls to the facades, e.g. from several threads). */
    void signedInAs(String username, Runnable code) {
        var user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            code.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Runs code signed in as the user and returns what it returns. */
    <T> T signedInAsResult(String username, java.util.function.Supplier<T> code) {
        var result = new java.util.concurrent.atomic.AtomicReference<T>();
        signedInAs(username, () -> result.set(code.get()));
        return result.get();
    }
}
