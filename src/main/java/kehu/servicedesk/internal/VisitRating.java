package kehu.servicedesk.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A customer's rating (1–5) of one service item, heard on a return visit (SVC-6). */
@Entity
@Table(name = "sd_visit_rating")
public class VisitRating {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long visitId;
    private String itemCode;
    private int score;
    private Instant ratedAt;

    protected VisitRating() {
    }

    public VisitRating(long visitId, String itemCode, int score, Instant ratedAt) {
        this.visitId = visitId;
        this.itemCode = itemCode;
        this.score = score;
        this.ratedAt = ratedAt;
    }

    public long getVisitId() { return visitId; }
    public String getItemCode() { return itemCode; }
    public int getScore() { return score; }
    public Instant getRatedAt() { return ratedAt; }
}
