package kehu.archive;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import kehu.archive.internal.Archive;
import kehu.archive.internal.ArchiveAccess;
import kehu.archive.internal.ArchiveJournal;
import kehu.archive.internal.Archives;
import kehu.archive.internal.BoxKind;
import kehu.archive.internal.BoxKinds;
import kehu.archive.internal.BoxRule;
import kehu.archive.internal.BoxRules;
import kehu.archive.internal.Categories;
import kehu.archive.internal.Category;
import kehu.archive.internal.Location;
import kehu.archive.internal.Locations;
import kehu.archive.internal.Shelving;
import kehu.archive.internal.Volume;
import kehu.archive.internal.VolumeMove;
import kehu.archive.internal.VolumeMoves;
import kehu.archive.internal.Volumes;
import kehu.organization.Permissions;
import kehu.shared.DomainException;
import kehu.shared.FieldViolation;
import kehu.shared.NotFoundException;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where the paper is (ARC-5): the archive room's tree room › cabinet › shelf › box, placing and moving paper volumes
 * into boxes by the box rules (a high-voltage customer alone in a box, several low-voltage customers sharing one;
 * closed accounts in the closed section), the history of every move, and finding where a customer's paper file is.
 * The tree and boxes are the archive room's (archive.manage); finding obeys the same data scope, clearance and hidden
 * mark as every archive read.
 */
@Service
public class ArchiveLocations {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9-]{1,16}");
    private static final int SUITABLE_LIMIT = 100;

    private final Locations locations;
    private final BoxKinds kinds;
    private final BoxRules rules;
    private final Volumes volumes;
    private final VolumeMoves moves;
    private final Archives archives;
    private final Categories categories;
    private final Shelving shelving;
    private final ArchiveAccess access;
    private final ArchiveManagement management;
    private final ArchiveJournal journal;
    private final TransactionTemplate tx;
    private final TransactionTemplate readTx;
    private final Clock clock;

    ArchiveLocations(Locations locations, BoxKinds kinds, BoxRules rules, Volumes volumes, VolumeMoves moves,
                     Archives archives, Categories categories, Shelving shelving, ArchiveAccess access,
                     ArchiveManagement management, ArchiveJournal journal, PlatformTransactionManager transactions,
                     Clock clock) {
        this.locations = locations;
        this.kinds = kinds;
        this.rules = rules;
        this.volumes = volumes;
        this.moves = moves;
        this.archives = archives;
        this.categories = categories;
        this.shelving = shelving;
        this.access = access;
        this.management = management;
        this.journal = journal;
        this.tx = new TransactionTemplate(transactions);
        this.readTx = new TransactionTemplate(transactions);
        this.readTx.setReadOnly(true);
        this.clock = clock;
    }

    // --- the tree --------------------------------------------------------------------------------

    /** Every location in path order (a room, then its cabinets, each with its shelves and boxes), with occupancy. */
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_MANAGE + "')")
    public List<LocationView> tree() {
        var locale = LocaleContextHolder.getLocale();
        return readTx.execute(s -> {
            var occupancy = occupancy();
            var kindsByCode = kindsByCode();
            return locations.findAllByOrderByPath().stream().map(l -> view(l, occupancy, kindsByCode, locale)).toList();
        });
    }

    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_MANAGE + "')")
    public LocationView create(LocationForm form) {
        var locale = LocaleContextHolder.getLocale();
        return tx.execute(s -> {
            var errors = new ArrayList<FieldViolation>();
            var code = form.code() == null ? "" : form.code().strip();
            var name = form.name() == null ? "" : form.name().strip();
            if (code.isEmpty()) {
                errors.add(new FieldViolation("code", "validation.required"));
            } else if (!CODE.matcher(code).matches()) {
                errors.add(new FieldViolation("code", "archive.location.codeFormat"));
            }
            if (name.isEmpty()) {
                errors.add(new FieldViolation("name", "validation.required"));
            } else if (name.length() > 40) {
                errors.add(new FieldViolation("name", "validation.tooLong", 40));
            }
            Location parent = null;
            if (form.parentId() != null) {
                parent = locations.findById(form.parentId()).orElse(null);
                if (parent == null) {
                    errors.add(new FieldViolation("parentId", "archive.location.unknown"));
                } else if (parent.getKind() == LocationKind.BOX) {
                    errors.add(new FieldViolation("parentId", "archive.location.boxHoldsNoPlaces"));
                }
            }
            var kind = parent == null ? LocationKind.ROOM : parent.getKind().child();
            String boxKind = null;
            if (kind == LocationKind.BOX) {
                boxKind = form.boxKind() == null || form.boxKind().isBlank() ? null : form.boxKind().strip();
                if (boxKind == null) {
                    errors.add(new FieldViolation("boxKind", "validation.required"));
                } else if (kinds.findByCode(boxKind).isEmpty()) {
                    errors.add(new FieldViolation("boxKind", "archive.location.unknownKind", boxKind));
                }
            }
            if (!errors.isEmpty()) {
                throw DomainException.invalid(errors);
            }
            boolean closed = Boolean.TRUE.equals(form.closedSection()) && kind != LocationKind.BOX;
            var location = new Location(parent, kind, code, name, boxKind, closed);
            if (locations.existsByPath(location.getPath())) {
                throw DomainException.invalid("code", "archive.location.duplicate", location.getPath());
            }
            locations.save(location);
            journal.audit("archive.location.create", "archiveLocation", location.getId(), null,
                    kind + " " + location.getPath() + (boxKind == null ? "" : ", boxKind=" + boxKind)
                            + (location.isClosedSection() ? ", closedSection" : ""));
            return view(location, Map.of(), kindsByCode(), locale);
        });
    }

    /** Removes an empty place that never held a volume (a mistaken entry); anything else is kept for its history. */
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_MANAGE + "')")
    public void delete(long id) {
        tx.executeWithoutResult(s -> {
            var location = locations.lockById(id).orElseThrow(() -> new NotFoundException("archiveLocation", id));
            if (locations.existsByParentId(id) || !volumes.findByBoxId(id).isEmpty()
                    || moves.existsByFromBoxIdOrToBoxId(id, id)) {
                throw new DomainException("archive.location.inUse", location.getLabel());
            }
            locations.delete(location);
            journal.audit("archive.location.delete", "archiveLocation", id, location.getKind() + " " + location.getPath(), null);
        });
    }

    /** A box and what it holds; volumes of archives the reader may not see are only counted. */
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_MANAGE + "')")
    public BoxContents box(long id) {
        var reader = access.reader(Permissions.ARCHIVE_MANAGE);
        var locale = LocaleContextHolder.getLocale();
        return readTx.execute(s -> {
            var box = locations.findById(id).filter(l -> l.getKind() == LocationKind.BOX)
                    .orElseThrow(() -> new NotFoundException("archiveLocation", id));
            var held = volumes.findByBoxId(id);
            var byId = archives.findAllById(held.stream().map(Volume::getArchiveId).distinct().toList()).stream()
                    .collect(Collectors.toMap(Archive::getId, Function.identity()));
            var shown = new ArrayList<ShelvedVolume>();
            int restricted = 0;
            for (var v : held) {
                var a = byId.get(v.getArchiveId());
                if (access.reaches(a, reader)) {
                    shown.add(shelved(a, v, box.getLabel()));
                } else {
                    restricted++;
                }
            }
            shown.sort(java.util.Comparator.comparing(ShelvedVolume::archiveNo).thenComparing(ShelvedVolume::volumeNo));
            var occupancy = Map.of(id, new long[] {byId.size(), held.size()});
            return new BoxContents(view(box, occupancy, kindsByCode(), locale), shown, restricted);
        });
    }

    // --- placing and moving ----------------------------------------------------------------------

    /** Puts a paper volume into a box, or moves it there, with the reason; refused by the box rules with the reason. */
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_MANAGE + "')")
    public VolumeMoveView move(long archiveId, long volumeId, Long boxId, String reason) {
        var reader = access.reader(Permissions.ARCHIVE_MANAGE);
        var why = reason == null ? "" : reason.strip();
        var errors = new ArrayList<FieldViolation>();
        if (boxId == null) {
            errors.add(new FieldViolation("boxId", "validation.required"));
        }
        if (why.isEmpty()) {
            errors.add(new FieldViolation("reason", "validation.required"));
        } else if (why.length() > 200) {
            errors.add(new FieldViolation("reason", "validation.tooLong", 200));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        return tx.execute(s -> {
            var archive = access.readable(archiveId, reader);
            var move = shelving.move(archive, volumeId, boxId, why, clock.instant());
            return moveViews(List.of(move)).get(0);
        });
    }

    /** The boxes that would take the archive's volumes now (right kind, right section, room left), by address; at most 100. */
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_MANAGE + "')")
    public List<LocationView> suitableBoxes(long archiveId) {
        var reader = access.reader(Permissions.ARCHIVE_MANAGE);
        var locale = LocaleContextHolder.getLocale();
        return readTx.execute(s -> {
            var archive = access.readable(archiveId, reader);
            var required = shelving.requiredKind(archive);
            var occupancy = occupancy();
            var kindsByCode = kindsByCode();
            var mine = volumes.findByArchiveIdOrderByVolumeNo(archiveId).stream().map(Volume::getBoxId)
                    .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
            boolean closedSectionExists = locations.existsByKindAndClosedSectionTrue(LocationKind.BOX);
            var out = new ArrayList<LocationView>();
            for (var l : locations.findAllByOrderByPath()) {
                if (l.getKind() != LocationKind.BOX || archive.getStatus() == ArchiveStatus.DESTROYED
                        || (required.isPresent() && !required.get().equals(l.getBoxKind()))) {
                    continue;
                }
                boolean closed = archive.getStatus() == ArchiveStatus.CLOSED;
                if (l.isClosedSection() ? !closed : closed && closedSectionExists) {
                    continue;
                }
                var kind = kindsByCode.get(l.getBoxKind());
                long others = occupancy.getOrDefault(l.getId(), new long[2])[0] - (mine.contains(l.getId()) ? 1 : 0);
                if (kind != null && others >= kind.getMaxCustomers()) {
                    continue;
                }
                out.add(view(l, occupancy, kindsByCode, locale));
                if (out.size() == SUITABLE_LIMIT) {
                    break;
                }
            }
            return out;
        });
    }

    /** Every placement and move of the archive's volumes, newest first. */
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_VIEW + "')")
    public List<VolumeMoveView> history(long archiveId) {
        var reader = access.reader(Permissions.ARCHIVE_VIEW);
        return readTx.execute(s -> {
            access.readable(archiveId, reader);
            return moveViews(moves.findByArchiveIdOrderByMovedAtDescIdDesc(archiveId));
        });
    }

    // --- finding ---------------------------------------------------------------------------------

    /**
     * Where the paper files of the archives matching {@code q} (archive number prefix or part of the customer's name)
     * are: every volume of the first 20 such archives the reader may see, with its box.
     */
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_VIEW + "')")
    public List<ShelvedVolume> find(String q) {
        if (q == null || q.isBlank()) {
            return List.of();
        }
        var page = management.list(new ArchiveFilter(q, null, null, null, null, null),
                PageRequest.of(0, 20, Sort.by("archiveNo")));
        var ids = page.getContent().stream().map(ArchiveRow::id).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return readTx.execute(s -> {
            var byId = archives.findAllById(ids).stream().collect(Collectors.toMap(Archive::getId, Function.identity()));
            var vols = volumes.findByArchiveIdInOrderByArchiveIdAscVolumeNoAsc(ids);
            var labels = labels(vols.stream().map(Volume::getBoxId).toList());
            return ids.stream().flatMap(id -> vols.stream().filter(v -> v.getArchiveId() == id)
                    .map(v -> shelved(byId.get(id), v, labels.get(v.getBoxId())))).toList();
        });
    }

    /** Volumes in the wrong section: closed accounts' outside the closed section, open ones inside it (at most 200). */
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_MANAGE + "')")
    public List<ShelvedVolume> inWrongSection() {
        var reader = access.reader(Permissions.ARCHIVE_MANAGE);
        return readTx.execute(s -> {
            var vols = volumes.inWrongSection(PageRequest.of(0, 200));
            var byId = archives.findAllById(vols.stream().map(Volume::getArchiveId).distinct().toList()).stream()
                    .collect(Collectors.toMap(Archive::getId, Function.identity()));
            var labels = labels(vols.stream().map(Volume::getBoxId).toList());
            return vols.stream().filter(v -> access.reaches(byId.get(v.getArchiveId()), reader))
                    .map(v -> shelved(byId.get(v.getArchiveId()), v, labels.get(v.getBoxId()))).toList();
        });
    }

    // --- configuration ---------------------------------------------------------------------------

    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_VIEW + "')")
    public List<BoxRuleView.Kind> boxKinds() {
        var locale = LocaleContextHolder.getLocale();
        return readTx.execute(s -> kinds.findAllByOrderBySortOrder().stream()
                .map(k -> new BoxRuleView.Kind(k.getCode(), k.name(locale), k.getMaxCustomers())).toList());
    }

    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_VIEW + "')")
    public List<BoxRuleView> boxRules() {
        var locale = LocaleContextHolder.getLocale();
        return readTx.execute(s -> {
            var kindsByCode = kindsByCode();
            var names = categories.findAll().stream().collect(Collectors.toMap(Category::getCode, c -> c.name(locale)));
            return rules.findAllByOrderByCategoryCodeAscIdAsc().stream().map(r -> {
                var k = kindsByCode.get(r.getBoxKind());
                return new BoxRuleView(r.getId(), r.getCategoryCode(), names.getOrDefault(r.getCategoryCode(), r.getCategoryCode()),
                        r.getFieldCode(), r.getFieldValue(), r.getBoxKind(), k == null ? r.getBoxKind() : k.name(locale),
                        k == null ? 0 : k.getMaxCustomers());
            }).toList();
        });
    }

    private static final Pattern FIELD_CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");

    /**
     * A new box rule; the most specific matching rule chooses the kind when a volume is shelved (volumes already in
     * boxes stay where they are). Refused naming the field: unknown category or kind, a field without a value or the
     * other way round, the same condition twice.
     */
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_MANAGE + "')")
    public long addBoxRule(BoxRuleForm form) {
        return tx.execute(s -> {
            var errors = new ArrayList<FieldViolation>();
            var category = blankToNull(form.categoryCode());
            var field = blankToNull(form.fieldCode());
            var value = blankToNull(form.fieldValue());
            var kind = blankToNull(form.boxKind());
            if (category == null) {
                errors.add(new FieldViolation("categoryCode", "validation.required"));
            } else if (categories.findByCode(category).filter(c -> c.getParentCode() == null).isEmpty()) {
                errors.add(new FieldViolation("categoryCode", "archive.location.unknownCategory", category));
            }
            if (field != null && !FIELD_CODE.matcher(field).matches()) {
                errors.add(new FieldViolation("fieldCode", "archive.location.fieldCodeFormat"));
            }
            if (field != null && value == null) {
                errors.add(new FieldViolation("fieldValue", "validation.required"));
            } else if (field == null && value != null) {
                errors.add(new FieldViolation("fieldCode", "validation.required"));
            } else if (value != null && value.length() > 100) {
                errors.add(new FieldViolation("fieldValue", "validation.tooLong", 100));
            }
            if (kind == null) {
                errors.add(new FieldViolation("boxKind", "validation.required"));
            } else if (kinds.findByCode(kind).isEmpty()) {
                errors.add(new FieldViolation("boxKind", "archive.location.unknownKind", kind));
            }
            if (errors.isEmpty() && rules.findByCategoryCode(category).stream().anyMatch(r ->
                    java.util.Objects.equals(r.getFieldCode(), field) && java.util.Objects.equals(r.getFieldValue(), value))) {
                errors.add(new FieldViolation("categoryCode", "archive.location.ruleExists"));
            }
            if (!errors.isEmpty()) {
                throw DomainException.invalid(errors);
            }
            var rule = rules.save(new BoxRule(category, field, value, kind));
            journal.audit("archive.boxRule.create", "archiveBoxRule", rule.getId(), null, describe(rule));
            return rule.getId();
        });
    }

    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_MANAGE + "')")
    public void removeBoxRule(long id) {
        tx.executeWithoutResult(s -> {
            var rule = rules.findById(id).orElseThrow(() -> new NotFoundException("archiveBoxRule", id));
            rules.delete(rule);
            journal.audit("archive.boxRule.delete", "archiveBoxRule", id, describe(rule), null);
        });
    }

    /** How many customers one box of the kind holds from now on (1 … 1000); fuller boxes keep what they hold. */
    @PreAuthorize("hasAuthority('" + Permissions.ARCHIVE_MANAGE + "')")
    public void limitBoxKind(String code, Integer maxCustomers) {
        tx.executeWithoutResult(s -> {
            var kind = kinds.findByCode(code == null ? "" : code).orElseThrow(() -> new NotFoundException("archiveBoxKind", code));
            if (maxCustomers == null) {
                throw DomainException.invalid("maxCustomers", "validation.required");
            }
            if (maxCustomers < 1 || maxCustomers > 1000) {
                throw DomainException.invalid("maxCustomers", "archive.location.maxCustomersRange");
            }
            int before = kind.getMaxCustomers();
            kind.limit(maxCustomers);
            journal.audit("archive.boxKind.limit", "archiveBoxKind", kind.getCode(), "maxCustomers=" + before,
                    "maxCustomers=" + maxCustomers);
        });
    }

    private static String describe(BoxRule r) {
        return "category=" + r.getCategoryCode() + (r.getFieldCode() == null ? "" : ", " + r.getFieldCode() + "=" + r.getFieldValue())
                + ", boxKind=" + r.getBoxKind();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    // --- helpers ---------------------------------------------------------------------------------

    /** Per box: {archives, volumes}. */
    private Map<Long, long[]> occupancy() {
        var out = new HashMap<Long, long[]>();
        for (var row : volumes.occupancy()) {
            out.put((Long) row[0], new long[] {((Number) row[1]).longValue(), ((Number) row[2]).longValue()});
        }
        return out;
    }

    private Map<String, BoxKind> kindsByCode() {
        return kinds.findAll().stream().collect(Collectors.toMap(BoxKind::getCode, Function.identity()));
    }

    private Map<Long, String> labels(List<Long> boxIds) {
        // a HashMap: volumes not in a box look up null, which an immutable map refuses
        var out = new HashMap<Long, String>();
        var ids = boxIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (!ids.isEmpty()) {
            locations.findAllById(ids).forEach(l -> out.put(l.getId(), l.getLabel()));
        }
        return out;
    }

    private static LocationView view(Location l, Map<Long, long[]> occupancy, Map<String, BoxKind> kinds, Locale locale) {
        var kind = l.getBoxKind() == null ? null : kinds.get(l.getBoxKind());
        var held = occupancy.getOrDefault(l.getId(), new long[2]);
        return new LocationView(l.getId(), l.getParentId(), l.getKind(), l.getCode(), l.getName(), l.getPath(), l.getLabel(),
                l.getBoxKind(), kind == null ? null : kind.name(locale), kind == null ? null : kind.getMaxCustomers(),
                l.isClosedSection(), (int) held[0], (int) held[1]);
    }

    private static ShelvedVolume shelved(Archive a, Volume v, String boxLabel) {
        return new ShelvedVolume(a.getId(), a.getArchiveNo(), a.getCustomerName(), a.getStatus(), v.getId(), v.getVolumeNo(),
                v.getTitle(), v.getBoxId(), boxLabel);
    }

    private List<VolumeMoveView> moveViews(List<VolumeMove> list) {
        var boxIds = new ArrayList<Long>();
        list.forEach(m -> {
            boxIds.add(m.getFromBoxId());
            boxIds.add(m.getToBoxId());
        });
        var labels = labels(boxIds);
        var numbers = volumes.findAllById(list.stream().map(VolumeMove::getVolumeId).distinct().toList()).stream()
                .collect(Collectors.toMap(Volume::getId, Volume::getVolumeNo));
        return list.stream().map(m -> new VolumeMoveView(m.getId(), m.getVolumeId(), numbers.getOrDefault(m.getVolumeId(), 0),
                m.getMovedAt(), m.getCreatedBy(), m.getFromBoxId() == null ? null : labels.get(m.getFromBoxId()),
                m.getToBoxId() == null ? null : labels.get(m.getToBoxId()), m.getReason())).toList();
    }
}
