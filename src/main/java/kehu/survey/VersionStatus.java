package kehu.survey;

/**
 * A questionnaire version's state: DRAFT (being edited) → PUBLISHED (frozen; the newest published version is
 * offered to new campaigns) → SUPERSEDED (a newer version was published; still answered by the campaigns
 * planned with it).
 */
public enum VersionStatus {
    DRAFT, PUBLISHED, SUPERSEDED;

    /** Whether the version is frozen, so answers can be given on it. */
    public boolean frozen() {
        return this != DRAFT;
    }
}
