/**
 * Organisation (ORG-1 … ORG-4): units, positions, staff, roles, permissions, data scopes, sign-in.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation")
package kehu.organization;
