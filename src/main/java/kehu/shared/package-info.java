/**
 * Shared kernel: clock, domain exceptions, field violations and the audit event every module publishes.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package kehu.shared;
