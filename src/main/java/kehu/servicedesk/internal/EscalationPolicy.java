package kehu.servicedesk.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import kehu.organization.OrganizationDirectory;
import kehu.servicedesk.AlertKind;
import kehu.servicedesk.ServiceDeskSettings;

import org.springframework.stereotype.Component;

/**
 * Who hears of a warning or an escalation (SVC-3). Warnings go to whoever must act (the person handling
 * the matter, else its owner). The escalation chain: level 1 the supervisor (head of the owner's unit,
 * else the service supervisors), level 2 the manager of the handling department (its head, else the
 * handler's direct superior), level 3 the general manager's office (head of the unit configured as
 * {@code kehu.servicedesk.gm-office-unit-code}, else the general managers). A major complaint tells all three.
 */
@Component
public class EscalationPolicy {

    private final OrganizationDirectory directory;
    private final ServiceDeskSettings settings;

    EscalationPolicy(OrganizationDirectory directory, ServiceDeskSettings settings) {
        this.directory = directory;
        this.settings = settings;
    }

    public List<Long> recipients(Matter m, AlertKind kind, int level) {
        var to = new LinkedHashSet<Long>();
        switch (kind) {
            case RESPONSE_WARNING, RESOLVE_WARNING -> to.add(m.getHandlingStaffId() != null ? m.getHandlingStaffId() : m.getOwnerStaffId());
            case RESPONSE_BREACH -> to.addAll(level(m, 1));
            case ESCALATION -> to.addAll(level(m, level));
            case MAJOR -> {
                to.addAll(level(m, 1));
                to.addAll(level(m, 2));
                to.addAll(level(m, 3));
            }
        }
        return new ArrayList<>(to);
    }

    private List<Long> level(Matter m, int level) {
        var to = new ArrayList<Long>();
        switch (level) {
            case 1 -> {
                directory.unit(m.getOwnerUnitId()).map(u -> u.headStaffId()).ifPresent(to::add);
                if (to.isEmpty() || to.contains(m.getOwnerStaffId())) {
                    to.addAll(directory.staffWithRole("SERVICE_SUPERVISOR"));
                }
            }
            case 2 -> {
                if (m.getHandlingUnitId() != null) {
                    directory.unit(m.getHandlingUnitId()).map(u -> u.headStaffId()).ifPresent(to::add);
                }
                if (to.isEmpty() && m.getHandlingStaffId() != null) {
                    directory.directSuperiorOf(m.getHandlingStaffId()).ifPresent(to::add);
                }
                if (to.isEmpty()) {
                    to.addAll(level(m, 1));
                }
            }
            default -> {
                directory.unitByCode(settings.gmOfficeUnitCode()).map(u -> u.headStaffId()).ifPresent(to::add);
                if (to.isEmpty()) {
                    to.addAll(directory.staffWithRole("GENERAL_MANAGER"));
                }
            }
        }
        to.removeIf(java.util.Objects::isNull);
        return to.stream().distinct().toList();
    }
}
