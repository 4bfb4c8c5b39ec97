package kehu.organization;

import static kehu.support.Users.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import kehu.organization.internal.StaffMembers;
import kehu.shared.AuditableAction;
import kehu.support.KehuTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

@KehuTest
@RecordApplicationEvents
class SensitiveFieldTests {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired StaffMembers staff;
    @Autowired ApplicationEvents events;

    @Test
    void masksEachKindOfValue() {
        assertThat(SensitiveKind.MOBILE.mask("13800135678")).isEqualTo("138****5678");
        assertThat(SensitiveKind.ID_NUMBER.mask("11010519491231002X")).isEqualTo("110105********002X");
        assertThat(SensitiveKind.BANK_ACCOUNT.mask("6222021234567890123")).isEqualTo("***************0123");
        assertThat(SensitiveKind.EMAIL.mask("zhang@example.com")).isEqualTo("z***@example.com");
        assertThat(SensitiveKind.MOBILE.mask(null)).isNull();
        assertThat(SensitiveKind.MOBILE.mask("")).isEmpty();
    }

    @Test
    void pagesAndApiShowMobilesMasked() throws Exception {
        var manager = staff.findByUsername("manager").orElseThrow();
        var raw = manager.getMobile();
        var masked = SensitiveKind.MOBILE.mask(raw);
        mvc.perform(get("/org/staff").with(as(users, "admin")))
                .andExpect(content().string(containsString(masked)))
                .andExpect(content().string(not(containsString(raw))));
        mvc.perform(get("/api/v1/staff/" + manager.getId()).with(as(users, "admin")))
                .andExpect(jsonPath("$.mobile").value(masked));
    }

    @Test
    void revealingAValueNeedsThePermissionAndIsAudited() throws Exception {
        var manager = staff.findByUsername("manager").orElseThrow();
        mvc.perform(post("/api/v1/sensitive/staff/" + manager.getId() + "/mobile").with(as(users, "admin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.value").value(manager.getMobile()));
        assertThat(events.stream(AuditableAction.class).filter(a -> a.action().equals("sensitive.reveal")
                && a.actor().equals("admin") && a.targetId().equals(manager.getId().toString())
                && "mobile".equals(a.after()))).hasSize(1);

        // the supervisor may see staff but not their sensitive data
        mvc.perform(post("/api/v1/sensitive/staff/" + manager.getId() + "/mobile").with(as(users, "supervisor")).with(csrf()))
                .andExpect(status().isForbidden());
        // the page button works the same way and answers the fragment
        mvc.perform(post("/sensitive/staff/" + manager.getId() + "/mobile").with(as(users, "admin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(manager.getMobile())));
        // an unknown field is not a way to probe
        mvc.perform(post("/api/v1/sensitive/staff/" + manager.getId() + "/passwordHash").with(as(users, "admin")).with(csrf()))
                .andExpect(status().isNotFound());
    }
}
