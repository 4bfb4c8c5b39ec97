/**
 * Customer service desk (SVC-1 … SVC-4): intake of customer matters (报事) with the duty log and
 * first-contact responsibility, routing to departments, posts and people, work orders with completion
 * receipts, time limits in working time with warnings and escalation, resolution, customer feedback and
 * closing; return visits with ratings (SVC-5, SVC-6), whose questionnaires come from the survey module.
 * Other modules use {@link kehu.servicedesk.MatterManagement} and the events of this package.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Service desk",
        allowedDependencies = {"customer", "organization", "platform", "shared", "survey"})
package kehu.servicedesk;
