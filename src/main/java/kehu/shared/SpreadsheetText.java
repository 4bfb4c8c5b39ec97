package kehu.shared;

/**
 * Text put into a spreadsheet cell (CUS-8 export, reports, templates): a value that a spreadsheet program
 * would take for a formula — starting with {@code = + - @}, a tab or a carriage return — gets a leading
 * apostrophe, so opening the file never runs anything (CSV/formula injection). Everything else is
 * written as it is: HTML or script in a name stays plain text.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    public static String neutralise(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
