package kehu.platform.approval;

import java.time.LocalDateTime;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Delegate my approval tasks to {@code delegateUsername} from {@code validFrom} until
 * {@code validUntil} (local times in Asia/Shanghai), for one business type or (blank) all.
 */
public record DelegationForm(String delegateUsername,
                             @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime validFrom,
                             @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime validUntil,
                             String businessType) {

    public static DelegationForm empty() {
        return new DelegationForm("", null, null, "");
    }
}
