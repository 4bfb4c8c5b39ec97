package kehu.survey;

/**
 * What a questionnaire item asks for and which answers it accepts (SUR-1).
 * <ul>
 *   <li>{@code SCALE}: a whole number from 1 (very dissatisfied) to 5 (very satisfied);</li>
 *   <li>{@code YES_NO}: {@code yes} or {@code no};</li>
 *   <li>{@code SINGLE_CHOICE} / {@code MULTIPLE_CHOICE}: one / at least one of the item's options, given by their text;</li>
 *   <li>{@code NPS}: a whole number from 0 to 10 (how likely to recommend us);</li>
 *   <li>{@code TEXT}: free text up to {@value #MAX_TEXT} characters.</li>
 * </ul>
 */
public enum ItemKind {
    SCALE, YES_NO, SINGLE_CHOICE, MULTIPLE_CHOICE, NPS, TEXT;

    public static final int MAX_TEXT = 2000;

    /** Whether the item offers options to choose from. */
    public boolean hasOptions() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }

    /** Whether an answer is a number (scale, NPS). */
    public boolean isNumeric() {
        return this == SCALE || this == NPS;
    }

    public int min() {
        return this == NPS ? 0 : 1;
    }

    public int max() {
        return this == NPS ? 10 : 5;
    }
}
