package kehu.survey.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import kehu.customer.CustomerQuery;
import kehu.customer.CustomerSearch;
import kehu.customer.CustomerStatus;
import kehu.organization.DataScopes;
import kehu.organization.Permissions;
import kehu.shared.DomainException;
import kehu.survey.SurveySettings;
import kehu.survey.TargetMode;

import org.springframework.stereotype.Component;

/**
 * Draws a campaign's target group: the customers in the planner's {@code customer.view} data scope (resolved
 * when the campaign starts) that are potential, active or dormant (never closed or lost), of the class the plan
 * names; then, for a sample, N of them chosen by {@link #sample} with the campaign's seed.
 */
@Component
public class TargetSelection {

    static final List<CustomerStatus> SURVEYED = List.of(CustomerStatus.POTENTIAL, CustomerStatus.ACTIVE,
            CustomerStatus.DORMANT);
    private static final int CHUNK = 1000;

    private final CustomerSearch customers;
    private final DataScopes scopes;
    private final SurveySettings settings;

    TargetSelection(CustomerSearch customers, DataScopes scopes, SurveySettings settings) {
        this.customers = customers;
        this.scopes = scopes;
        this.settings = settings;
    }

    /** The customer ids of the campaign's target group, ascending. */
    public List<Long> draw(Campaign campaign) {
        var scope = scopes.of(campaign.getPlannerStaffId(), Permissions.CUSTOMER_VIEW);
        var ids = new TreeSet<Long>();
        for (var status : SURVEYED) {
            var query = new CustomerQuery(null, status, null,
                    campaign.getTargetMode() == TargetMode.ABC_CLASS ? campaign.getAbcClass() : null,
                    campaign.getTargetMode() == TargetMode.VALUE_CLASS ? campaign.getValueClass() : null,
                    null, null, null, null, null, null, null, null);
            long after = 0;
            while (true) {
                var chunk = customers.idsAfter(query, scope, after, CHUNK);
                ids.addAll(chunk);
                if (chunk.size() < CHUNK) {
                    break;
                }
                after = chunk.get(chunk.size() - 1);
                if (campaign.getSampleSize() == null && ids.size() > settings.maxTargets()) {
                    throw new DomainException("survey.campaign.tooManyTargets", settings.maxTargets());
                }
            }
        }
        var group = new ArrayList<>(ids);
        if (campaign.getSampleSize() != null) {
            return sample(group, campaign.getSampleSize(), campaign.getSampleSeed());
        }
        if (group.size() > settings.maxTargets()) {
            throw new DomainException("survey.campaign.tooManyTargets", settings.maxTargets());
        }
        return group;
    }

    /**
     * N ids of the group chosen at random with the seed, ascending; the whole group when it has N or fewer.
     * The same group, N and seed always give the same sample ({@link Random} is specified to the bit).
     */
    public static List<Long> sample(List<Long> group, int n, long seed) {
        var sorted = new ArrayList<>(new TreeSet<>(group));
        if (sorted.size() <= n) {
            return sorted;
        }
        Collections.shuffle(sorted, new Random(seed));
        var chosen = new ArrayList<>(sorted.subList(0, n));
        Collections.sort(chosen);
        return chosen;
    }
}
