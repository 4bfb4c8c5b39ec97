package kehu.customer;

import java.util.List;

/**
 * One line of an import report (CUS-8): a rejected cell or a warning.
 *
 * @param column     the column's header in the file (null for a problem of the whole row)
 * @param value      the cell's text, cut to 200 characters; shown escaped, never as HTML
 * @param error      true: the row was rejected; false: a warning (a likely duplicate), the row was kept
 * @param messageKey what is wrong, with {@code args} (strings) for the message
 */
public record ImportProblem(long row, String column, String value, boolean error, String messageKey, List<String> args) {
}
