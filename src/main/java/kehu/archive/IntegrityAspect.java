package kehu.archive;

/** The four properties of 四性检测 (ARC-10). */
public enum IntegrityAspect {
    /** 真实性: the content is what was filed (hash, size, type). */
    AUTHENTICITY,
    /** 完整性: required metadata present, numbering without gaps, every listed file present. */
    COMPLETENESS,
    /** 可用性: the file can be read and its format is allowed. */
    USABILITY,
    /** 安全性: nothing was changed outside the system. */
    SECURITY
}
