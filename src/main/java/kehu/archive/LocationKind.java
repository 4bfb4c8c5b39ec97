package kehu.archive;

/** The levels of the archive room's tree (ARC-5): 库房 › 档案柜 › 层 › 档案盒; each holds only the next one down. */
public enum LocationKind {
    ROOM, CABINET, SHELF, BOX;

    /** The kind a child of this kind has; a box has none. */
    public LocationKind child() {
        return this == BOX ? null : values()[ordinal() + 1];
    }
}
