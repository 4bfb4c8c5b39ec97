/**
 * Web shell: layout, navigation, home page, language switch, error pages and problem+json answers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web shell")
package kehu.web;
