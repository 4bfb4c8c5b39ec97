package kehu.organization;

import static kehu.support.Users.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import kehu.organization.internal.Positions;
import kehu.organization.internal.StaffMembers;
import kehu.organization.internal.Units;
import kehu.support.KehuTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@KehuTest
class OrganizationPagesTests {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired Positions positions;
    @Autowired Units units;
    @Autowired StaffMembers staff;

    @Test
    void everyOrganisationPageRendersForTheAdministrator() throws Exception {
        for (var path : new String[] {"/org/units", "/org/positions", "/org/staff", "/org/staff/new", "/org/roles",
                "/org/roles/new", "/account", "/account/password",
                "/org/staff/" + staff.findByUsername("manager").orElseThrow().getId(),
                "/org/units/" + units.findByCode("EAST").orElseThrow().getId()}) {
            mvc.perform(get(path).with(as(users, "admin"))).andExpect(status().isOk());
        }
    }

    @Test
    void aPositionIsCreatedWithItsDutiesAndNamesMustBeUnique() throws Exception {
        mvc.perform(post("/org/positions").with(as(users, "admin")).with(csrf())
                        .param("name", "档案员").param("duties", "档案接收、整理、借阅登记"))
                .andExpect(status().isFound());
        assertThat(positions.findByName("档案员")).get().extracting(p -> p.getDuties()).isEqualTo("档案接收、整理、借阅登记");
        long count = positions.count();
        mvc.perform(post("/org/positions").with(as(users, "admin")).with(csrf()).param("name", "档案员").param("duties", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("已存在")));
        assertThat(positions.count()).isEqualTo(count);
    }

    @Test
    void aUnitHeadIsAppointed() throws Exception {
        var west = units.findByCode("WEST").orElseThrow();
        var manager2 = staff.findByUsername("manager2").orElseThrow();
        mvc.perform(post("/org/units/" + west.getId() + "/head").with(as(users, "admin")).with(csrf())
                        .param("headStaffId", manager2.getId().toString()))
                .andExpect(status().isFound());
        assertThat(units.findById(west.getId()).orElseThrow().getHeadStaffId()).isEqualTo(manager2.getId());
    }

    @Test
    void creatingAPersonShowsTheInitialPasswordOnce() throws Exception {
        var result = mvc.perform(post("/org/staff").with(as(users, "admin")).with(csrf())
                        .param("username", "page.made").param("fullName", "页面新建").param("unitId",
                                units.findByCode("CSD").orElseThrow().getId().toString()))
                .andExpect(status().isFound()).andReturn();
        assertThat(result.getFlashMap().get("initialPassword")).isNotNull();
        assertThat(staff.findByUsername("page.made")).get().extracting(s -> s.isMustChangePassword()).isEqualTo(true);
    }
}
