package kehu.customer;

import java.util.Set;

/**
 * Where a customer stands (CUS-1, CUS-9). The first three are working states a user sets on the
 * form; {@link #LOST} and {@link #CLOSED} are reached only through the lifecycle moves
 * (mark lost, close) and left only by reopening.
 */
public enum CustomerStatus {
    /** 潜在: a prospect. */
    POTENTIAL,
    /** 正式: an active customer. */
    ACTIVE,
    /** 休眠: no business for a while. */
    DORMANT,
    /** 流失: gone to a competitor or otherwise lost. */
    LOST,
    /** 销户: account closed. */
    CLOSED;

    public static final Set<CustomerStatus> WORKING = Set.of(POTENTIAL, ACTIVE, DORMANT);

    public boolean working() {
        return WORKING.contains(this);
    }
}
