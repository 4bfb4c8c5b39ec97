package kehu.archive;

/** How a loan is used (ARC-7): viewing the electronic files, or taking the paper out. */
public enum LoanMode {
    ELECTRONIC, PHYSICAL
}
