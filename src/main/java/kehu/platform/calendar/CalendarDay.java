package kehu.platform.calendar;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kehu.shared.AuditedEntity;

import org.hibernate.annotations.JdbcType;
import org.hibernate.type.descriptor.jdbc.LocalDateJdbcType;

/** A public holiday or make-up working day as stored; at most one per date. */
@Entity
@Table(name = "platform_calendar_day")
class CalendarDay extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "calendar_date", nullable = false, updatable = false)
    @JdbcType(LocalDateJdbcType.class) // bound as java.time, never shifted by the JVM's time zone
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DayKind kind;

    @Column(nullable = false, length = 50)
    private String name;

    protected CalendarDay() {
    }

    CalendarDay(SpecialDay day) {
        this.date = day.date();
        this.kind = day.kind();
        this.name = day.name();
    }

    SpecialDay toSpecialDay() {
        return new SpecialDay(date, kind, name);
    }

    LocalDate getDate() {
        return date;
    }
}
