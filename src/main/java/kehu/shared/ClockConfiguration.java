package kehu.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock domain code reads time from; tests replace it to make time exact. */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    /** Where people using Kehu live; instants are stored in UTC and shown in this zone. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Bean
    Clock clock() {
        return Clock.system(ZONE);
    }
}
