package kehu.archive.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kehu.shared.AuditedEntity;

/** The last number given out in one archive-number series; read with a pessimistic lock. */
@Entity
@Table(name = "archive_counter")
public class Counter extends AuditedEntity {

    @Id
    private String series;
    @Column(name = "last_value")
    private long lastValue;

    protected Counter() {
    }

    Counter(String series) {
        this.series = series;
    }

    long next() {
        return ++lastValue;
    }
}
