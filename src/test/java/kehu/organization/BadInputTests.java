package kehu.organization;

import static kehu.support.Users.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import kehu.organization.internal.StaffMembers;
import kehu.organization.internal.Units;
import kehu.support.KehuTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Bad input gets a clear, localised error naming the field, and nothing is saved. */
@KehuTest
class BadInputTests {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired Units units;
    @Autowired StaffMembers staff;

    long hq() {
        return units.findByCode("HQ").orElseThrow().getId();
    }

    void postUnitExpectingFieldError(String json, String field, String messagePart) throws Exception {
        long before = units.count();
        mvc.perform(post("/api/v1/units").with(as(users, "admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("输入有误"))
                .andExpect(jsonPath("$.errors[*].field", hasItem(field)))
                .andExpect(jsonPath("$.errors[?(@.field == '" + field + "')].message", hasItem(containsString(messagePart))));
        assertThat(units.count()).isEqualTo(before);
    }

    @Test
    void anOverLongUnitNameIsRefused() throws Exception {
        postUnitExpectingFieldError("{\"code\":\"LONG1\",\"name\":\"" + "长".repeat(101) + "\",\"parentId\":" + hq()
                + ",\"sortOrder\":0}", "name", "不能超过 100 个字符");
    }

    @Test
    void invalidCharactersAreRefused() throws Exception {
        postUnitExpectingFieldError("{\"code\":\"BAD1\",\"name\":\"<script>alert(1)</script>\",\"parentId\":" + hq()
                + ",\"sortOrder\":0}", "name", "不允许的字符");
        postUnitExpectingFieldError("{\"code\":\"坏编码\",\"name\":\"好名字\",\"parentId\":" + hq() + ",\"sortOrder\":0}",
                "code", "只能包含字母");
    }

    @Test
    void missingRequiredFieldsAreRefused() throws Exception {
        postUnitExpectingFieldError("{\"name\":\"没有编码\",\"parentId\":" + hq() + ",\"sortOrder\":0}", "code", "必填");
        postUnitExpectingFieldError("{\"code\":\"NONAME\",\"parentId\":" + hq() + ",\"sortOrder\":0}", "name", "必填");
    }

    @Test
    void anUnknownParentUnitIsRefused() throws Exception {
        postUnitExpectingFieldError("{\"code\":\"ORPHAN\",\"name\":\"孤儿单位\",\"parentId\":987654,\"sortOrder\":0}",
                "parentId", "上级单位不存在");
    }

    @Test
    void englishUsersGetEnglishMessages() throws Exception {
        mvc.perform(post("/api/v1/units").with(as(users, "admin")).with(csrf()).cookie(new jakarta.servlet.http.Cookie("kehu-lang", "en"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"ORPHAN2\",\"name\":\"x\",\"parentId\":987654,\"sortOrder\":0}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Parent unit does not exist (id 987654)"));
    }

    @Test
    void badStaffInputNamesEveryWrongFieldAndSavesNothing() throws Exception {
        long before = staff.count();
        mvc.perform(post("/api/v1/staff").with(as(users, "admin")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"Bad User\",\"fullName\":\"" + "名".repeat(51) + "\",\"unitId\":987654,"
                                + "\"mobile\":\"12345\",\"email\":\"not-an-email\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("username")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("fullName")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("mobile")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("email")));
        // reference checks run once the form itself is well-formed
        mvc.perform(post("/api/v1/staff").with(as(users, "admin")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"good.name\",\"fullName\":\"好名字\",\"unitId\":987654,\"superiorId\":987654}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("unitId")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("superiorId")));
        assertThat(staff.count()).isEqualTo(before);
        assertThat(staff.findByUsername("good.name")).isEmpty();
    }

    @Test
    void theUnitFormShowsFieldErrorsAndSavesNothing() throws Exception {
        long before = units.count();
        mvc.perform(post("/org/units").with(as(users, "admin")).with(csrf())
                        .param("code", "").param("name", "x".repeat(101)).param("parentId", "987654").param("sortOrder", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")))
                .andExpect(content().string(containsString("必填")))
                .andExpect(content().string(containsString("不能超过 100 个字符")));
        mvc.perform(post("/org/units").with(as(users, "admin")).with(csrf())
                        .param("code", "ORPHAN3").param("name", "孤儿").param("parentId", "987654").param("sortOrder", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("上级单位不存在")));
        assertThat(units.count()).isEqualTo(before);
    }
}
