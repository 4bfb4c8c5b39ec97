package kehu.organization.internal;

import java.util.ArrayList;
import java.util.List;

import kehu.shared.FieldViolation;

/** What a chosen password must satisfy: 8–64 characters, letters and digits, not the user name. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 64;

    private PasswordPolicy() {
    }

    public static List<FieldViolation> check(String field, String password, String username) {
        var violations = new ArrayList<FieldViolation>();
        if (password == null || password.isBlank()) {
            violations.add(new FieldViolation(field, "validation.required"));
            return violations;
        }
        if (password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            violations.add(new FieldViolation(field, "org.password.length", MIN_LENGTH, MAX_LENGTH));
        } else if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            violations.add(new FieldViolation(field, "org.password.weak"));
        } else if (password.equalsIgnoreCase(username)) {
            violations.add(new FieldViolation(field, "org.password.sameAsUsername"));
        }
        return violations;
    }
}
