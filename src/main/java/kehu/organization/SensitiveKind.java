package kehu.organization;

/**
 * Kinds of sensitive value (ORG-4) and how each is masked for display:
 * mobile 138****5678, ID number 110101********1234, bank account ************1234, e-mail z***@example.com.
 */
public enum SensitiveKind {
    MOBILE {
        @Override
        String maskNonEmpty(String v) {
            return v.length() < 7 ? stars(v.length()) : v.substring(0, 3) + stars(v.length() - 7) + v.substring(v.length() - 4);
        }
    },
    ID_NUMBER {
        @Override
        String maskNonEmpty(String v) {
            return v.length() < 10 ? stars(v.length()) : v.substring(0, 6) + stars(v.length() - 10) + v.substring(v.length() - 4);
        }
    },
    BANK_ACCOUNT {
        @Override
        String maskNonEmpty(String v) {
            return v.length() < 5 ? stars(v.length()) : stars(v.length() - 4) + v.substring(v.length() - 4);
        }
    },
    EMAIL {
        @Override
        String maskNonEmpty(String v) {
            int at = v.indexOf('@');
            return at <= 0 ? stars(v.length()) : v.charAt(0) + "***" + v.substring(at);
        }
    },
    /** Anything else: everything hidden but the length. */
    OTHER {
        @Override
        String maskNonEmpty(String v) {
            return stars(Math.min(v.length(), 8));
        }
    };

    /** The masked form of a value; null and empty stay as they are. */
    public String mask(String value) {
        return value == null || value.isEmpty() ? value : maskNonEmpty(value);
    }

    abstract String maskNonEmpty(String value);

    private static String stars(int n) {
        return "*".repeat(Math.max(n, 0));
    }
}
