package kehu.customer;

import java.util.List;
import java.util.stream.Collectors;

import kehu.shared.DomainException;

/**
 * A new customer looks like existing ones and the duplicate mode is WARN: nothing was saved; create it
 * again with the duplicates confirmed to go ahead. The message names the likely duplicates.
 */
public class PossibleDuplicatesFound extends DomainException {

    private final transient List<PossibleDuplicate> duplicates;

    public PossibleDuplicatesFound(List<PossibleDuplicate> duplicates) {
        super("customer.duplicates.possible", duplicates.stream().map(d -> d.name() + " (#" + d.customerId() + ")")
                .distinct().collect(Collectors.joining("、")));
        this.duplicates = List.copyOf(duplicates);
    }

    public List<PossibleDuplicate> duplicates() {
        return duplicates;
    }
}
