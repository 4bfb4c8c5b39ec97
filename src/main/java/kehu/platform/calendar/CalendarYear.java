package kehu.platform.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kehu.shared.AuditedEntity;

/**
 * A calendar year and whether its official holiday schedule has been published and entered. A year
 * without a row is unpublished.
 */
@Entity
@Table(name = "platform_calendar_year")
class CalendarYear extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "calendar_year", nullable = false, updatable = false)
    private int year;

    @Column(nullable = false)
    private boolean published;

    @Column(length = 200)
    private String note;

    protected CalendarYear() {
    }

    CalendarYear(int year) {
        this.year = year;
    }

    void markPublished(boolean published, String note) {
        this.published = published;
        this.note = note;
    }

    Long getId() {
        return id;
    }

    int getYear() {
        return year;
    }

    boolean isPublished() {
        return published;
    }

    String getNote() {
        return note;
    }
}
