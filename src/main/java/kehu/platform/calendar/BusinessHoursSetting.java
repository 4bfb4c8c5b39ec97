package kehu.platform.calendar;

import java.time.LocalTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kehu.platform.BusinessHours;
import kehu.shared.AuditedEntity;

import org.hibernate.annotations.JdbcType;
import org.hibernate.type.descriptor.jdbc.LocalTimeJdbcType;

/**
 * The one row holding the business hours. The times are bound as {@code java.time} values directly:
 * with {@code hibernate.jdbc.time_zone=UTC} Hibernate would otherwise shift a {@code LocalTime} by the
 * JVM's offset from UTC (09:00 read back as 01:00 on a server running in Asia/Shanghai).
 */
@Entity
@Table(name = "platform_business_hours")
class BusinessHoursSetting extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "day_start", nullable = false)
    @JdbcType(LocalTimeJdbcType.class)
    private LocalTime start;

    @Column(name = "day_end", nullable = false)
    @JdbcType(LocalTimeJdbcType.class)
    private LocalTime end;

    @Column(name = "lunch_start")
    @JdbcType(LocalTimeJdbcType.class)
    private LocalTime lunchStart;

    @Column(name = "lunch_end")
    @JdbcType(LocalTimeJdbcType.class)
    private LocalTime lunchEnd;

    protected BusinessHoursSetting() {
    }

    BusinessHoursSetting(BusinessHours hours) {
        change(hours);
    }

    void change(BusinessHours hours) {
        this.start = hours.start();
        this.end = hours.end();
        this.lunchStart = hours.lunchStart();
        this.lunchEnd = hours.lunchEnd();
    }

    BusinessHours toBusinessHours() {
        return new BusinessHours(start, end, lunchStart, lunchEnd);
    }
}
