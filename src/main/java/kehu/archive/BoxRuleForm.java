package kehu.archive;

/**
 * A box rule as the archive room writes it (ARC-5): archives of the top-level category need boxes of the kind,
 * maybe only for customers whose industry field {@code fieldCode} has {@code fieldValue} (both or neither).
 */
public record BoxRuleForm(String categoryCode, String fieldCode, String fieldValue, String boxKind) {
}
