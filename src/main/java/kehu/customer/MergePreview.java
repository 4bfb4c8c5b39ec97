package kehu.customer;

import java.util.List;

/**
 * Two customers side by side before a merge (CUS-4), unmasked like {@link CustomerDetails}: show
 * {@code winner.masked()} and {@code loser.masked()} unless the viewer may see sensitive values.
 *
 * @param takeable the fields whose value the winner may take from the loser (those that differ and the
 *                 loser has), as form field names ({@code name}, {@code mobile}, {@code fields.VOLTAGE} …)
 */
public record MergePreview(CustomerDetails winner, CustomerDetails loser, List<String> takeable) {

    public MergePreview masked() {
        return new MergePreview(winner.masked(), loser.masked(), takeable);
    }
}
