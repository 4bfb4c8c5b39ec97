package kehu.organization;

/** How far a role's rows reach (ORG-2), from narrowest to widest. */
public enum DataScopeKind {
    /** Only records the person owns or is responsible for. */
    OWN,
    /** Records in the areas (floors, territories) the person is in charge of. */
    AREA,
    /** Records of the person's own unit. */
    UNIT,
    /** Records of the person's unit and every unit below it. */
    SUBTREE,
    /** Everything. */
    ALL;

    public DataScopeKind widest(DataScopeKind other) {
        return other != null && other.ordinal() > ordinal() ? other : this;
    }
}
