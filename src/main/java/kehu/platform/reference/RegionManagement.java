package kehu.platform.reference;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import kehu.shared.AuditableAction;
import kehu.shared.DomainException;
import kehu.shared.FieldViolation;
import kehu.shared.NotFoundException;
import kehu.shared.PersistenceConfiguration;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeping the regions (ORG-8): the national table is preloaded; administrators correct names, add
 * regions (e.g. a newly created district) and disable regions that no longer exist. Every change is
 * audited and seen by {@link kehu.platform.ReferenceData} once committed.
 */
@Service
@Transactional
public class RegionManagement {

    static final String CODE_PATTERN = "[0-9]{6}|[0-9]{9}";
    static final int NAME_MAX = 50;
    static final int DEEPEST = 3;

    /** A column of the region browser: the regions under one parent, one of them perhaps selected. */
    public record Column(int level, String parentCode, List<RegionTree.Node> regions, String selectedCode) {
    }

    /** The region browser: provinces, then the cities and districts along the selected path. */
    public record Browser(List<Column> columns, RegionTree.Node selected, List<RegionTree.Node> path, int total) {

        public boolean canAddBelow() {
            return selected == null || selected.level() < DEEPEST;
        }
    }

    private final AdministrativeRegions regions;
    private final CurrentReferenceData data;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RegionManagement(AdministrativeRegions regions, CurrentReferenceData data, ApplicationEventPublisher events,
                     Clock clock) {
        this.regions = regions;
        this.data = data;
        this.events = events;
        this.clock = clock;
    }

    /** The browser with {@code selectedCode} opened (null: just the provinces); disabled regions included. */
    @PreAuthorize(DictionaryManagement.MANAGE)
    @Transactional(readOnly = true)
    public Browser browse(String selectedCode) {
        var tree = data.regions();
        var path = tree.path(selectedCode);
        var columns = new ArrayList<Column>();
        columns.add(new Column(1, null, tree.children(null), path.isEmpty() ? null : path.get(0).code()));
        for (int i = 0; i < path.size() && i < DEEPEST - 1; i++) {
            var parent = path.get(i);
            columns.add(new Column(i + 2, parent.code(), tree.children(parent.code()),
                    i + 1 < path.size() ? path.get(i + 1).code() : null));
        }
        return new Browser(columns, path.isEmpty() ? null : path.get(path.size() - 1), path, tree.size());
    }

    @PreAuthorize(DictionaryManagement.MANAGE)
    public RegionTree.Row add(RegionForm form) {
        var violations = new ArrayList<FieldViolation>();
        var code = form.code() == null ? "" : form.code().strip();
        if (!code.matches(CODE_PATTERN)) {
            violations.add(new FieldViolation("code", "region.code.format"));
        } else if (regions.existsByCode(code)) {
            violations.add(new FieldViolation("code", "region.code.taken", code));
        }
        var name = checkName(form.name(), violations);
        var parentCode = form.parentCode() == null || form.parentCode().isBlank() ? null : form.parentCode().strip();
        int level = 1;
        if (parentCode != null) {
            var parent = regions.findByCode(parentCode).orElse(null);
            if (parent == null) {
                violations.add(new FieldViolation("parentCode", "region.parent.unknown", parentCode));
            } else if (parent.toRow().level() >= DEEPEST) {
                violations.add(new FieldViolation("parentCode", "region.parent.tooDeep"));
            } else if (!parent.isEnabled()) {
                violations.add(new FieldViolation("parentCode", "region.parent.disabled"));
            } else {
                level = parent.toRow().level() + 1;
            }
        }
        if (!violations.isEmpty()) {
            throw DomainException.invalid(violations);
        }
        var region = regions.save(new AdministrativeRegion(code, name, parentCode, level));
        audit("region.create", code, null, region.toRow().toString());
        data.reloadRegionsAfterCommit();
        return region.toRow();
    }

    @PreAuthorize(DictionaryManagement.MANAGE)
    public RegionTree.Row rename(String code, RegionRenameForm form) {
        var region = region(code);
        var violations = new ArrayList<FieldViolation>();
        var name = checkName(form.name(), violations);
        if (!violations.isEmpty()) {
            throw DomainException.invalid(violations);
        }
        var before = region.getName();
        region.rename(name);
        audit("region.rename", code, before, name);
        data.reloadRegionsAfterCommit();
        return region.toRow();
    }

    /** Disables a region: it and the regions under it are no longer offered; stored codes still resolve. */
    @PreAuthorize(DictionaryManagement.MANAGE)
    public void disable(String code) {
        region(code).disable();
        audit("region.disable", code, "enabled=true", "enabled=false");
        data.reloadRegionsAfterCommit();
    }

    @PreAuthorize(DictionaryManagement.MANAGE)
    public void enable(String code) {
        region(code).enable();
        audit("region.enable", code, "enabled=false", "enabled=true");
        data.reloadRegionsAfterCommit();
    }

    private AdministrativeRegion region(String code) {
        return regions.findByCode(code).orElseThrow(() -> new NotFoundException("region", code));
    }

    private static String checkName(String name, List<FieldViolation> violations) {
        var value = name == null ? "" : name.strip();
        if (value.isEmpty()) {
            violations.add(new FieldViolation("name", "validation.required"));
        } else if (value.length() > NAME_MAX) {
            violations.add(new FieldViolation("name", "validation.tooLong", NAME_MAX));
        }
        return value;
    }

    private void audit(String action, String code, String before, String after) {
        events.publishEvent(AuditableAction.of(action, PersistenceConfiguration.currentActor(), "region", code,
                before, after, clock.instant()));
    }
}
