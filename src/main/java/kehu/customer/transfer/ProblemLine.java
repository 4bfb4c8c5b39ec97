package kehu.customer.transfer;

import java.util.List;

/** A line of an import report waiting to be stored. */
record ProblemLine(long row, String column, String value, boolean error, String messageKey, List<String> args) {
}
