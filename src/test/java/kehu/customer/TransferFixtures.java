package kehu.customer;

import java.util.concurrent.atomic.AtomicLong;

/** Valid and unique test values for customers: ID-card numbers with the right check digit, mobiles, names. */
final class TransferFixtures {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000);
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private TransferFixtures() {
    }

    static long next() {
        return SEQUENCE.incrementAndGet();
    }

    /** A valid 18-digit ID-card number of someone born in 1990 in Beijing Chaoyang, unique per call. */
    static String idCard() {
        long n = next();
        var day = 1 + (int) (n % 28);
        var month = 1 + (int) ((n / 28) % 12);
        var first17 = "110105" + "19" + String.format("%02d", 50 + (int) ((n / 336) % 50)) + String.format("%02d%02d", month, day)
                + String.format("%03d", (int) (n % 1000));
        return first17 + checkDigit(first17);
    }

    static char checkDigit(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    /** The same number with a wrong check digit. */
    static String wrongCheckDigit(String idCard) {
        char right = idCard.charAt(17);
        char wrong = right == '0' ? '1' : '0';
        return idCard.substring(0, 17) + wrong;
    }

    static String mobile() {
        return "139" + String.format("%08d", next() % 100_000_000L);
    }

    static String name(String prefix) {
        return prefix + next();
    }
}
