package kehu.platform.approval.web;

import java.security.Principal;

import kehu.platform.approval.ApprovalQueries;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** The signed-in person as the approvals pages see them (the platform does not know the organisation's user type). */
@Component
class CurrentStaff {

    static final String MANAGE = "platform.approval.manage";

    private final ApprovalQueries queries;

    CurrentStaff(ApprovalQueries queries) {
        this.queries = queries;
    }

    long id(Principal principal) {
        return queries.staffIdOf(principal.getName());
    }

    static boolean administers(Authentication authentication) {
        return authentication != null
                && authentication.getAuthorities().stream().anyMatch(a -> MANAGE.equals(a.getAuthority()));
    }
}
