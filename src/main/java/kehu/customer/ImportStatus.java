package kehu.customer;

/**
 * Where an import run stands (CUS-8).
 * <pre>
 *  UPLOADED ─▶ VALIDATING ─▶ VALIDATED ─(confirm)─▶ IMPORTING ─▶ IMPORTED
 *      │            │             │                     ├──────▶ REFUSED (all or nothing, a row failed: nothing written)
 *      └────────────┴─────────────┴──▶ CANCELLED        └──────▶ FAILED  (unreadable file, error: nothing written)
 * </pre>
 * The REST API may go straight from UPLOADED to IMPORTING (no dry run).
 */
public enum ImportStatus {
    UPLOADED, VALIDATING, VALIDATED, IMPORTING, IMPORTED, REFUSED, FAILED, CANCELLED;

    /** Whether the run is working in the background. */
    public boolean running() {
        return this == VALIDATING || this == IMPORTING;
    }

    /** Whether the run is over (nothing more will happen to it). */
    public boolean finished() {
        return this == IMPORTED || this == REFUSED || this == FAILED || this == CANCELLED;
    }
}
