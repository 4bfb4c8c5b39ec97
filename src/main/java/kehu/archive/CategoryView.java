package kehu.archive;

/** A node of the category tree (归档类目). */
public record CategoryView(String code, String parentCode, String name, String industryCode, String retention,
                           String retentionMark) {
}
