package kehu.servicedesk;

/** 重大 (major) or 日常 (routine); a major complaint escalates at once (SVC-3). */
public enum Severity {
    MAJOR, ROUTINE
}
