package kehu.customer;

import static kehu.support.Users.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import com.jayway.jsonpath.JsonPath;

import tools.jackson.databind.json.JsonMapper;

/** Calls the customer REST API as a demo user, and makes valid test customers. */
final class CustomerApiClient {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final MockMvc mvc;
    private final UserDetailsService users;
    private final JsonMapper json;

    CustomerApiClient(MockMvc mvc, UserDetailsService users, JsonMapper json) {
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

    /** Registers a customer through the API and returns its id. */
    long create(String user, Map<String, Object> body) throws Exception {
        var answer = post(user, "/api/v1/customers", body).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(answer, "$.id")).longValue();
    }

    /** The current JSON of a customer. */
    String read(String user, long id) throws Exception {
        return get(user, "/api/v1/customers/" + id).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    long version(long id) throws Exception {
        return ((Number) JsonPath.read(read("admin", id), "$.version")).longValue();
    }

    /** A valid new individual with a unique ID number and mobile, in the pool unless an owner is added. */
    static Map<String, Object> individual(String name) {
        var body = new LinkedHashMap<String, Object>();
        body.put("kind", "INDIVIDUAL");
        body.put("name", name);
        body.put("idNumber", idNumber());
        body.put("mobile", mobile());
        body.put("regionCode", "330106");
        body.put("address", "文三路 1 号");
        return body;
    }

    static Map<String, Object> organization(String name) {
        var body = new LinkedHashMap<String, Object>();
        body.put("kind", "ORGANIZATION");
        body.put("name", name);
        body.put("idNumber", creditCode());
        body.put("landline", "0571-87654321");
        body.put("regionCode", "110105");
        body.put("industryCode", "power");
        return body;
    }

    static Map<String, Object> with(Map<String, Object> body, Object... keyValues) {
        var copy = new LinkedHashMap<>(body);
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            copy.put((String) keyValues[i], keyValues[i + 1]);
        }
        return copy;
    }

    static String idNumber() {
        var birth = LocalDate.of(1970, 1, 1).plusDays(SEQUENCE.incrementAndGet() * 7L + ThreadLocalRandom.current().nextInt(7));
        var first17 = "330106" + birth.toString().replace("-", "") + String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
        return first17 + IdCardNumber.checkCharacterOf(first17);
    }

    static String creditCode() {
        var first17 = "91330106MA" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        return first17 + CreditCode.checkCharacterOf(first17);
    }

    static String mobile() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    static String unique(String prefix) {
        return prefix + SEQUENCE.incrementAndGet() + "-" + ThreadLocalRandom.current().nextInt(10_000);
    }

    /** Runs code as a signed-in demo user (for facade calls outside MockMvc). */
    static <T> T signedIn(UserDetailsService users, String username, Supplier<T> work) {
        var user = users.loadUserByUsername(username);
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
