package kehu.servicedesk;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The service desk ({@code kehu.servicedesk.*}).
 *
 * @param escalationStep       working time between escalation levels after a resolution breach
 *                             (level 1 at the limit, level 2 one step later, level 3 two steps later)
 * @param gmOfficeUnitCode     code of the general manager's office (总经办), the last escalation level
 * @param sweepInterval        how often the time-limit sweep runs
 * @param sweepBatch           how many due matters one sweep handles at most
 * @param defaultResponse      time to first response (working time) when no time-limit rule matches
 * @param defaultResolve       time to resolution (working time) when no rule matches
 * @param defaultWarn          warning ahead of a limit when no rule matches
 * @param visitAttempts        calls made for a return visit before an unreachable customer fails it (SVC-5)
 * @param visitUnitCode        code of the unit that makes the return visits of reported sales, deliveries and
 *                             installations (客户服务部); matter visits go to the matter's first-contact unit
 * @param sampleLevel2Percent  share of a month's visits the supervisor's level-2 sample takes by default
 * @param satisfactionTarget   the satisfaction rate the desk aims for, in percent (SVC-6)
 * @param periodicVisits       whether the job planning periodic (monthly, yearly) return visits runs (SVC-5)
 * @param periodicCheck        how often that job looks (it plans each period's visits once; cluster-safe)
 */
@ConfigurationProperties("kehu.servicedesk")
public record ServiceDeskSettings(@DefaultValue("4h") Duration escalationStep,
                                  @DefaultValue("GMO") String gmOfficeUnitCode,
                                  @DefaultValue("1m") Duration sweepInterval,
                                  @DefaultValue("5000") int sweepBatch,
                                  @DefaultValue("2h") Duration defaultResponse,
                                  @DefaultValue("17h") Duration defaultResolve,
                                  @DefaultValue("1h") Duration defaultWarn,
                                  @DefaultValue("3") int visitAttempts,
                                  @DefaultValue("CSD") String visitUnitCode,
                                  @DefaultValue("10") int sampleLevel2Percent,
                                  @DefaultValue("95") int satisfactionTarget,
                                  @DefaultValue("true") boolean periodicVisits,
                                  @DefaultValue("6h") Duration periodicCheck) {
}
