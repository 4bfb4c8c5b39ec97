package kehu.customer.search;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import kehu.customer.AbcClass;
import kehu.customer.CustomerForm;
import kehu.customer.CustomerKind;
import kehu.customer.CustomerManagement;
import kehu.customer.CustomerStatus;
import kehu.customer.IdCardNumber;
import kehu.organization.DataScopes;
import kehu.organization.KehuUser;
import kehu.organization.OrganizationDirectory;
import kehu.organization.Permissions;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Customers for search tests, registered through {@link CustomerManagement} as the administrator, with
 * valid and unique ID numbers and mobiles (the test database is shared by the tests of one context).
 */
final class SearchFixture {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(ThreadLocalRandom.current().nextInt(1000, 9000));
    private static final long MOBILE_BASE = ThreadLocalRandom.current().nextLong(10_000_000, 90_000_000);

    private final CustomerManagement customers;
    private final DataScopes scopes;
    private final OrganizationDirectory directory;
    private final UserDetailsService users;

    SearchFixture(CustomerManagement customers, DataScopes scopes, OrganizationDirectory directory,
                  UserDetailsService users) {
        this.customers = customers;
        this.scopes = scopes;
        this.directory = directory;
        this.users = users;
    }

    /** What a new customer looks like; {@code with…} changes one part. */
    record Spec(CustomerKind kind, String name, String idNumber, String mobile, String landline, String region,
                CustomerStatus status, Set<String> tags, String owner, AbcClass abc, Map<String, String> fields) {

        Spec withMobile(String m) {
            return new Spec(kind, name, idNumber, m, landline, region, status, tags, owner, abc, fields);
        }

        Spec withLandline(String l) {
            return new Spec(kind, name, idNumber, mobile, l, region, status, tags, owner, abc, fields);
        }

        Spec withIdNumber(String id) {
            return new Spec(kind, name, id, mobile, landline, region, status, tags, owner, abc, fields);
        }

        Spec withRegion(String r) {
            return new Spec(kind, name, idNumber, mobile, landline, r, status, tags, owner, abc, fields);
        }

        Spec withStatus(CustomerStatus s) {
            return new Spec(kind, name, idNumber, mobile, landline, region, s, tags, owner, abc, fields);
        }

        Spec withTags(String... t) {
            return new Spec(kind, name, idNumber, mobile, landline, region, status, Set.of(t), owner, abc, fields);
        }

        Spec ownedBy(String username) {
            return new Spec(kind, name, idNumber, mobile, landline, region, status, tags, username, abc, fields);
        }

        Spec withAbc(AbcClass a) {
            return new Spec(kind, name, idNumber, mobile, landline, region, status, tags, owner, a, fields);
        }

        Spec withFields(Map<String, String> f) {
            return new Spec(kind, name, idNumber, mobile, landline, region, status, tags, owner, abc, f);
        }
    }

    /**
     * A person in Beijing (东城区) with a fresh ID number and mobile, owned by {@code head} (孙部长), who
     * is no customer manager: piling test customers on a manager would reach their claim limit.
     */
    Spec person(String name) {
        int n = SEQUENCE.incrementAndGet();
        return new Spec(CustomerKind.INDIVIDUAL, name, idNumber("110101", n), mobile(n), null, "110101",
                CustomerStatus.ACTIVE, Set.of(), "head", null, Map.of());
    }

    static String idNumber(String region, int n) {
        var first17 = region + "19" + String.format("%02d", 50 + n % 49) + "0101" + String.format("%03d", n % 1000);
        return first17 + IdCardNumber.checkCharacterOf(first17);
    }

    /** A mobile number no other customer of this run has: 137, then a random base plus the sequence. */
    static String mobile(int n) {
        return "137" + String.format("%08d", MOBILE_BASE + n);
    }

    long create(Spec s) {
        Long owner = s.owner() == null ? null : directory.staffByUsername(s.owner()).orElseThrow().id();
        var form = new CustomerForm(s.kind(), s.name(), s.idNumber(), s.mobile(), s.landline(), s.region(), null, null,
                null, s.status(), s.tags(), null, owner, s.abc(), null, null, null, false, s.fields(), null, null);
        return as("admin", () -> customers.create(form, scopes.forCurrentUser(Permissions.CUSTOMER_EDIT)));
    }

    /** Runs the work signed in as the user (method security and data scopes see them). */
    <T> T as(String username, Callable<T> work) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        var user = (KehuUser) users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
