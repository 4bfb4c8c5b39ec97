package kehu.archive;

/** Box configuration (ARC-5): a kind with the customers one box holds, and the rules choosing the kind. */
public record BoxRuleView(long id, String categoryCode, String categoryName, String fieldCode, String fieldValue, String boxKind,
                          String boxKindName, int maxCustomers) {

    public record Kind(String code, String name, int maxCustomers) {
    }
}
