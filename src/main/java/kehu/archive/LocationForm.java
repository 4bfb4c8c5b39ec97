package kehu.archive;

/** A new place under {@code parentId} (null: a room); a box names its kind; a room or cabinet may be the closed section. */
public record LocationForm(Long parentId, String code, String name, String boxKind, Boolean closedSection) {
}
