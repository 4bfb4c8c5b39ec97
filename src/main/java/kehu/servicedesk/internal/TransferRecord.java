package kehu.servicedesk.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kehu.servicedesk.TransferKind;

/** A change of who handles or owns a matter: from, to and why (append-only). */
@Entity
@Table(name = "sd_matter_transfer")
public class TransferRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long matterId;
    @Enumerated(EnumType.STRING)
    private TransferKind kind;
    private Instant at;
    private Long byStaffId;
    private Long fromUnitId;
    private Long fromPositionId;
    private Long fromStaffId;
    private Long toUnitId;
    private Long toPositionId;
    private Long toStaffId;
    private String reason;

    protected TransferRecord() {
    }

    public TransferRecord(long matterId, TransferKind kind, Instant at, Long byStaffId, Long fromUnitId,
                          Long fromPositionId, Long fromStaffId, Long toUnitId, Long toPositionId, Long toStaffId,
                          String reason) {
        this.matterId = matterId;
        this.kind = kind;
        this.at = at;
        this.byStaffId = byStaffId;
        this.fromUnitId = fromUnitId;
        this.fromPositionId = fromPositionId;
        this.fromStaffId = fromStaffId;
        this.toUnitId = toUnitId;
        this.toPositionId = toPositionId;
        this.toStaffId = toStaffId;
        this.reason = reason;
    }

    public Long getId() { return id; }
    public long getMatterId() { return matterId; }
    public TransferKind getKind() { return kind; }
    public Instant getAt() { return at; }
    public Long getByStaffId() { return byStaffId; }
    public Long getFromUnitId() { return fromUnitId; }
    public Long getFromPositionId() { return fromPositionId; }
    public Long getFromStaffId() { return fromStaffId; }
    public Long getToUnitId() { return toUnitId; }
    public Long getToPositionId() { return toPositionId; }
    public Long getToStaffId() { return toStaffId; }
    public String getReason() { return reason; }
}
