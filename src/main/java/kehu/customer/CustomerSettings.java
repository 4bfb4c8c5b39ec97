package kehu.customer;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the customer module ({@code kehu.customer.*}).
 *
 * @param pool public-pool settings
 */
@ConfigurationProperties("kehu.customer")
public record CustomerSettings(@DefaultValue Pool pool) {

    /**
     * @param claimLimit        how many customers (not closed) a manager may own and still claim more from the pool
     * @param recycle           automatic return to the pool of customers nobody follows up (CUS-5)
     */
    public record Pool(@DefaultValue("50") int claimLimit, @DefaultValue Recycle recycle) {
    }

    /**
     * A customer whose last follow-up (or assignment, if later) is older than the days for its ABC class
     * returns to the public pool; its manager is warned {@code warnDaysBefore} days earlier, and the return
     * never comes sooner than that after the warning.
     *
     * @param enabled        whether the job recycles at all
     * @param daysA          days without follow-up for class A customers
     * @param daysB          … class B
     * @param daysC          … class C
     * @param daysUnclassified … customers without an ABC class
     * @param warnDaysBefore  how many days before the return the manager is warned
     * @param checkEveryHours how often the cluster-safe job looks
     */
    public record Recycle(@DefaultValue("true") boolean enabled,
                          @DefaultValue("90") int daysA,
                          @DefaultValue("60") int daysB,
                          @DefaultValue("30") int daysC,
                          @DefaultValue("45") int daysUnclassified,
                          @DefaultValue("7") int warnDaysBefore,
                          @DefaultValue("1") int checkEveryHours) {

        public int daysFor(AbcClass abc) {
            if (abc == null) {
                return daysUnclassified;
            }
            return switch (abc) {
                case A -> daysA;
                case B -> daysB;
                case C -> daysC;
            };
        }
    }
}
