package kehu.organization.web;

import java.time.Instant;

import kehu.organization.KehuUser;
import kehu.organization.internal.StaffManagement;
import kehu.organization.security.ApiTokenService;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Obtaining an API token and changing one's password over the API (ORG-3).
 * <pre>
 * POST /api/v1/auth/tokens        {"username":"…","password":"…","name":"my integration"} → 201 {"token":"kehu_…", …}
 * POST /api/v1/account/password   {"currentPassword":"…","newPassword":"…","confirmation":"…"} → 204
 * </pre>
 */
@RestController
@RequestMapping("/api/v1")
class AuthApi {

    private final AuthenticationManager authentication;
    private final ApiTokenService tokens;
    private final StaffManagement staff;

    AuthApi(AuthenticationManager authentication, ApiTokenService tokens, StaffManagement staff) {
        this.authentication = authentication;
        this.tokens = tokens;
        this.staff = staff;
    }

    record TokenRequest(String username, String password, String name) {
    }

    record TokenResponse(long id, String token, Instant expiresAt, boolean mustChangePassword) {
    }

    record PasswordChange(String currentPassword, String newPassword, String confirmation) {
    }

    @PostMapping("/auth/tokens")
    ResponseEntity<TokenResponse> issue(@RequestBody TokenRequest request) {
        // A wrong password throws an AuthenticationException: 401 from the security filter, counted for lockout.
        var user = (KehuUser) authentication.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(request.username(), request.password())).getPrincipal();
        var issued = tokens.issue(user.staffId(), user.getUsername(), request.name());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new TokenResponse(issued.id(), issued.token(), issued.expiresAt(), user.mustChangePassword()));
    }

    @PostMapping("/account/password")
    ResponseEntity<Void> changePassword(@AuthenticationPrincipal KehuUser me, @RequestBody PasswordChange change) {
        staff.changeOwnPassword(me.staffId(), change.currentPassword(), change.newPassword(), change.confirmation());
        return ResponseEntity.noContent().build();
    }
}
