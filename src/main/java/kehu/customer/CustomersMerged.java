package kehu.customer;

import java.time.Instant;

/**
 * Two customers were merged (CUS-4): the loser now points to the winner, is read-only and hidden from
 * lists and searches; both histories are kept. Whoever keeps data by customer (the search index,
 * archives, service requests) moves or links the loser's data to the winner.
 */
public record CustomersMerged(long winnerId, long loserId, Instant at) {
}
