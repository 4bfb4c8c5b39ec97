package kehu.archive;

/** What a borrower may copy (ARC-7): nothing, extracts (摘抄), or copies (复制). */
public enum Copying {
    NONE, EXTRACT, COPY
}
