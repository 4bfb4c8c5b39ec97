package kehu.customer;

/** ABC classification (CUS-6): A the most important customers, C the least. */
public enum AbcClass {
    A, B, C
}
