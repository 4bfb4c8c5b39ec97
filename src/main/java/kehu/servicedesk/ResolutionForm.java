package kehu.servicedesk;

import java.math.BigDecimal;

/**
 * How a matter was resolved (SVC-4). For a complaint, {@code substantiated} (投诉成立) is required, and a
 * substantiated complaint names the responsible department (and person) and the root cause.
 *
 * @param causeCode an item of the {@code cause} dictionary
 */
public record ResolutionForm(String summary, Boolean substantiated, Long responsibleUnitId, Long responsibleStaffId,
                             String causeCode, String corrective, String preventive, BigDecimal compensation) {
}
