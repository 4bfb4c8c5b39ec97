/**
 * Platform services every module uses: working calendar (ORG-7), approvals engine (ORG-6),
 * reference data (ORG-8) and cluster-safe scheduled jobs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package kehu.platform;
