package kehu.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import kehu.shared.ClockConfiguration;

import org.springframework.stereotype.Component;

/**
 * How Chinese users expect to read dates, times and money; templates call it as {@code ${@fmt.dateTime(x)}}.
 * Instants are stored in UTC and shown in Asia/Shanghai.
 */
@Component("fmt")
public class Formats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ClockConfiguration.ZONE);
    private static final DateTimeFormatter DATE_TIME_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ClockConfiguration.ZONE);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ClockConfiguration.ZONE);

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    public String dateTimeSeconds(Instant instant) {
        return instant == null ? "" : DATE_TIME_SECONDS.format(instant);
    }

    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant);
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** ¥1,234.50 */
    public String money(BigDecimal amount) {
        return amount == null ? "" : "¥" + String.format("%,.2f", amount.setScale(2, RoundingMode.HALF_UP));
    }
}
