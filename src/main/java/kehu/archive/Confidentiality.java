package kehu.archive;

/**
 * Confidentiality levels of archives and documents (ARC-6), lowest first: 公开, 内部, 秘密, 机密. A person
 * reads what is at or below their clearance ({@link ArchiveSettings#clearance()}).
 */
public enum Confidentiality {
    PUBLIC, INTERNAL, SECRET, TOP_SECRET;

    public boolean atMost(Confidentiality clearance) {
        return ordinal() <= clearance.ordinal();
    }

    public Confidentiality highest(Confidentiality other) {
        return other != null && other.ordinal() > ordinal() ? other : this;
    }
}
