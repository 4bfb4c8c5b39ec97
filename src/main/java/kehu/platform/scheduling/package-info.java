/**
 * Cluster-safe scheduled jobs: one db-scheduler {@link com.github.kagkarlsson.scheduler.Scheduler}
 * on the application's database (table {@code scheduled_tasks}), so that across several nodes each
 * execution runs exactly once.
 *
 * <h2>Registering a job (any module)</h2>
 * Declare a bean of a db-scheduler task type; {@link kehu.platform.scheduling.SchedulingConfiguration}
 * collects every {@code Task<?>} bean, and schedules every {@code RecurringTask<?>} on start:
 * <pre>{@code
 * @Configuration(proxyBeanMethods = false)
 * class LendingJobs {
 *     @Bean
 *     RecurringTask<Void> overdueLoans(LoanReminders reminders) {
 *         return Tasks.recurring("archive.overdue-loans", Schedules.fixedDelay(Duration.ofMinutes(5)))
 *                 .execute((instance, context) -> reminders.processDue());
 *     }
 * }
 * }</pre>
 * Rules: give the task a stable, module-prefixed name (it is the row's key); keep the job's logic in
 * a bean method the tests call directly (the test profile turns the scheduler off with
 * {@code kehu.scheduler.enabled=false}); let that method open its own transactions, one per item,
 * and check state again inside each so that a retried or concurrent run does nothing twice. Jobs run
 * without a signed-in user, so audit columns and events record {@code system}. For one-off work,
 * declare a {@code OneTimeTask<T>} bean and schedule instances with the {@code SchedulerClient} bean
 * (inside a transaction, the row is written in that transaction).
 */
package kehu.platform.scheduling;
