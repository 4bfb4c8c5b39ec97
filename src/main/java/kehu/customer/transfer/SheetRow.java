package kehu.customer.transfer;

import java.util.List;
import java.util.Set;

/**
 * One row of an uploaded file: its number as the person sees it (the header is row 1), the cells as
 * text (at most {@link ImportLimits#MAX_CELL} characters each) and the columns whose cell was longer
 * and was cut while reading.
 */
public record SheetRow(long number, List<String> cells, Set<Integer> overflowed) {

    public String cell(int column) {
        return column < cells.size() ? cells.get(column) : null;
    }

    public boolean blank() {
        return cells.stream().allMatch(c -> c == null || c.isBlank()) && overflowed.isEmpty();
    }
}
