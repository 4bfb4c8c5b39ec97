package kehu.customer.transfer;

import java.util.Arrays;
import java.util.function.LongConsumer;

import kehu.customer.CustomerKind;
import kehu.customer.CustomerNames;

/**
 * The duplicate keys of many customers in a compact open-addressing map of 64-bit key hashes to a
 * long (a customer id, or minus a row number for a row of the file being imported): 16 bytes a slot, no
 * objects per entry, so the keys of a million existing customers and a million rows fit in a couple of
 * hundred megabytes. Hash collisions (two different keys with the same 64-bit hash) are possible but
 * negligible at this size (about one in ten million for ten million keys); the worst outcome is one
 * spurious "likely duplicate".
 *
 * <p>Keys (see {@link DuplicateFinder} for the rule): {@code I:}identity number, {@code P:}phone,
 * {@code N:}kind:normalised name (every customer) and {@code M:}kind:normalised name (customers without
 * an identity number).
 */
final class DuplicateKeys {

    private long[] keys;
    private long[] values;
    private int size;
    private int mask;

    DuplicateKeys(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, (int) Math.min(1 << 30, expected * 4L / 3 + 1)) - 1) << 1;
        keys = new long[capacity];
        values = new long[capacity];
        mask = capacity - 1;
    }

    int size() {
        return size;
    }

    /** The value stored for a key, or 0. */
    long get(long key) {
        int i = slot(key);
        while (true) {
            long k = keys[i];
            if (k == 0) {
                return 0;
            }
            if (k == key) {
                return values[i];
            }
            i = (i + 1) & mask;
        }
    }

    /** Stores a value for a key unless it has one already. */
    void putIfAbsent(long key, long value) {
        if ((size + 1) * 4L > keys.length * 3L) {
            grow();
        }
        int i = slot(key);
        while (true) {
            long k = keys[i];
            if (k == 0) {
                keys[i] = key;
                values[i] = value;
                size++;
                return;
            }
            if (k == key) {
                return;
            }
            i = (i + 1) & mask;
        }
    }

    private int slot(long key) {
        return (int) (key ^ (key >>> 32)) & mask;
    }

    private void grow() {
        var oldKeys = keys;
        var oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new long[oldKeys.length * 2];
        mask = keys.length - 1;
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                putIfAbsent(oldKeys[i], oldValues[i]);
            }
        }
        Arrays.fill(oldKeys, 0);
    }

    // --- the keys of a customer -------------------------------------------------------------

    static long idKey(String idNumber) {
        return hash('I', idNumber);
    }

    static long phoneKey(String phone) {
        return hash('P', phone);
    }

    /** The name key every customer has. */
    static long nameKey(CustomerKind kind, String name) {
        return hash(kind == CustomerKind.INDIVIDUAL ? 'N' : 'O', CustomerNames.normalise(name));
    }

    /** The name key of customers without an identity number. */
    static long nameWithoutIdKey(CustomerKind kind, String name) {
        return hash(kind == CustomerKind.INDIVIDUAL ? 'M' : 'Q', CustomerNames.normalise(name));
    }

    /** Calls back with each key a customer contributes. */
    static void keysOf(CustomerKind kind, String name, String idNumber, String mobile, String landline, LongConsumer sink) {
        if (idNumber != null) {
            sink.accept(idKey(idNumber));
        }
        if (mobile != null) {
            sink.accept(phoneKey(mobile));
        }
        if (landline != null) {
            sink.accept(phoneKey(landline));
        }
        if (name != null && kind != null) {
            sink.accept(nameKey(kind, name));
            if (idNumber == null) {
                sink.accept(nameWithoutIdKey(kind, name));
            }
        }
    }

    /** A 64-bit FNV-1a hash of the type and text, finished with a MurmurHash3 mix; never 0. */
    static long hash(char type, String text) {
        long h = 0xcbf29ce484222325L;
        h = (h ^ type) * 0x100000001b3L;
        h = (h ^ ':') * 0x100000001b3L;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            h = (h ^ (c & 0xff)) * 0x100000001b3L;
            h = (h ^ (c >>> 8)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }
}
