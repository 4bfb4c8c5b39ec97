package kehu.customer;

import java.util.List;

/**
 * How to import an uploaded file (CUS-8).
 *
 * @param mapping        the target code of each column in order ({@code ""} or null: ignored); null: map
 *                       by the header names
 * @param policy         what to do with rejected rows; null: {@link ImportPolicy#VALID_ROWS}
 * @param defaultOwnerId the manager of rows without a manager column value; null: the public pool
 */
public record ImportOptions(List<String> mapping, ImportPolicy policy, Long defaultOwnerId) {
}
