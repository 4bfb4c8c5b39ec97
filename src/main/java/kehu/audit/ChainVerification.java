package kehu.audit;

/**
 * The result of walking the audit chain.
 *
 * @param intact     true when every entry in the range matches its hash and links to the one before
 * @param fromSeq    first sequence number of the range walked
 * @param toSeq      last sequence number of the range walked (the chain's end when the whole chain was walked)
 * @param checked    how many entries were found intact before the walk ended
 * @param firstBreak the first broken link, or null when intact
 */
public record ChainVerification(boolean intact, long fromSeq, long toSeq, long checked, ChainBreak firstBreak) {

    public static ChainVerification intact(long fromSeq, long toSeq, long checked) {
        return new ChainVerification(true, fromSeq, toSeq, checked, null);
    }

    public static ChainVerification broken(long fromSeq, long toSeq, long checked, ChainBreak firstBreak) {
        return new ChainVerification(false, fromSeq, toSeq, checked, firstBreak);
    }
}
