package kehu.customer.transfer;

/** What a running import has done so far, read by the progress page while it runs (CUS-8). */
final class ImportProgress {

    volatile String phase = "reading";
    volatile long read;
    volatile long accepted;
    volatile long rejected;
    volatile long warned;
    volatile long imported;
    volatile double fraction;
}
