package kehu.archive.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import kehu.archive.LocationKind;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A demo archive room (only with {@code kehu.demo.enabled} and while there are no locations): 一号库房 with a cabinet of
 * high- and low-voltage boxes and one of standard and single-customer boxes, and 销户档案库 as the closed section; the
 * demo customers' archives, once opened, are shelved by the box rules.
 */
@Component
@Order(40)
class ArchiveDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ArchiveDemoData.class);

    private final Locations locations;
    private final Archives archives;
    private final Volumes volumes;
    private final Shelving shelving;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final boolean demo;

    private final BusinessEvents events;
    private final ScopeItems scopeItems;
    private final HandoverDeadlines deadlines;
    private final Transmittals transmittals;
    private final TransmittalItems transmittalItems;
    private final MissingItems missing;
    private final kehu.platform.WorkingCalendar calendar;
    private final kehu.organization.OrganizationDirectory directory;

    ArchiveDemoData(Locations locations, Archives archives, Volumes volumes, Shelving shelving, BusinessEvents events,
                    ScopeItems scopeItems, HandoverDeadlines deadlines, Transmittals transmittals,
                    TransmittalItems transmittalItems, MissingItems missing, kehu.platform.WorkingCalendar calendar,
                    kehu.organization.OrganizationDirectory directory, TransactionTemplate tx,
                    Clock clock, @Value("${kehu.demo.enabled:false}") boolean demo) {
        this.events = events;
        this.scopeItems = scopeItems;
        this.deadlines = deadlines;
        this.transmittals = transmittals;
        this.transmittalItems = transmittalItems;
        this.missing = missing;
        this.calendar = calendar;
        this.directory = directory;
        this.locations = locations;
        this.archives = archives;
        this.volumes = volumes;
        this.shelving = shelving;
        this.tx = tx;
        this.clock = clock;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        if (!demo || locations.count() > 0) {
            return;
        }
        var boxes = tx.execute(s -> tree());
        awaitArchives();
        int placed = 0;
        for (var archive : archives.findAll(org.springframework.data.domain.Sort.by("id"))) {
            // archives without a box rule go to standard boxes, keeping the special kinds for their customers
            var preferred = shelving.requiredKind(archive).orElse("STD");
            var order = new ArrayList<Long>();
            boxes.stream().filter(id -> preferred.equals(locations.findById(id).orElseThrow().getBoxKind())).forEach(order::add);
            boxes.stream().filter(id -> !order.contains(id)).forEach(order::add);
            for (var volume : volumes.findByArchiveIdOrderByVolumeNo(archive.getId())) {
                for (var boxId : order) {
                    Boolean ok = tx.execute(s -> {
                        var a = archives.findById(archive.getId()).orElseThrow();
                        var box = locations.findById(boxId).orElseThrow();
                        if (shelving.refusal(a, box, shelving.requiredKind(a)).isPresent()) {
                            return false;
                        }
                        shelving.move(a, volume.getId(), boxId, "演示数据：入库上架", clock.instant());
                        return true;
                    });
                    if (Boolean.TRUE.equals(ok)) {
                        placed++;
                        break;
                    }
                }
            }
        }
        int forms = tx.execute(s -> transmittals());
        log.info("Demo archive room created: {} boxes, {} volumes shelved, {} transmittal forms waiting", boxes.size(), placed,
                forms);
    }

    /**
     * The sales department hands the documents of a car sale to the archive room on a transmittal form (ARC-4): one
     * in time, one a working day late, both waiting for the archivist.
     */
    private int transmittals() {
        var seller = directory.staffByUsername("manager").orElse(null);
        var car = archives.findAll(org.springframework.data.domain.Sort.by("id")).stream()
                .filter(a -> a.getCategoryCode().equals("QC") && seller != null && java.util.Objects.equals(a.getOwnerStaffId(), seller.id()))
                .findFirst().orElse(null);
        if (car == null) {
            return 0;
        }
        var sales = volumes.findByArchiveIdOrderByVolumeNo(car.getId()).stream().filter(v -> v.getBusinessLine().equals("sales"))
                .findFirst().orElse(null);
        if (sales == null) {
            return 0;
        }
        var today = java.time.LocalDate.now(clock.withZone(kehu.shared.ClockConfiguration.ZONE));
        var now = clock.instant();
        var scope = scopeItems.findByEventCodeOrderBySortOrder("vehicle-sale");
        int made = 0;
        for (int daysAgo : new int[] {1, 5}) {
            var on = today.minusDays(daysAgo);
            var event = new BusinessEvent(sales.getId(), "vehicle-sale", on, "演示数据：交车");
            event.due(deadlines.dueOn("vehicle-sale", on, calendar));
            events.save(event);
            boolean late = today.isAfter(event.getDueOn());
            if (late) {
                event.flagLate(now);
            }
            var t = transmittals.save(new Transmittal(car.getId(), sales.getId(), event.getId(), seller.unitId(), seller.username(),
                    now, event.getDueOn(), late));
            int line = 0;
            for (var item : scope.subList(0, Math.min(3, scope.size()))) {
                transmittalItems.save(new TransmittalItem(t.getId(), ++line, new IntakeCheck.Checked(sales.getId(), event.getId(),
                        item.getId(), item.getTitle(), item.getCategoryCode(), kehu.archive.Carrier.PAPER, true, true, 2 + line, on,
                        "销售部 " + seller.fullName(), kehu.archive.Confidentiality.INTERNAL)));
            }
            made++;
        }
        missing.refresh(car);
        return made;
    }

    /** The demo customers' archives open asynchronously after their commit: wait (at most 5 s) until none is added. */
    private void awaitArchives() throws InterruptedException {
        long last = -1;
        int stable = 0;
        for (int i = 0; i < 50 && stable < 3; i++) {
            long now = archives.count();
            stable = now > 0 && now == last ? stable + 1 : 0;
            last = now;
            Thread.sleep(100);
        }
    }

    private List<Long> tree() {
        var boxes = new ArrayList<Long>();
        var room = locations.save(new Location(null, LocationKind.ROOM, "R1", "一号库房", null, false));
        var c1 = locations.save(new Location(room, LocationKind.CABINET, "C01", "1号柜", null, false));
        var s11 = locations.save(new Location(c1, LocationKind.SHELF, "S1", "第1层", null, false));
        var s12 = locations.save(new Location(c1, LocationKind.SHELF, "S2", "第2层", null, false));
        var c2 = locations.save(new Location(room, LocationKind.CABINET, "C02", "2号柜", null, false));
        var s21 = locations.save(new Location(c2, LocationKind.SHELF, "S1", "第1层", null, false));
        var s22 = locations.save(new Location(c2, LocationKind.SHELF, "S2", "第2层", null, false));
        int no = 1;
        for (int i = 0; i < 4; i++, no++) {
            boxes.add(box(s11, no, "HV"));
        }
        for (int i = 0; i < 2; i++, no++) {
            boxes.add(box(s12, no, "LV"));
        }
        for (int i = 0; i < 4; i++, no++) {
            boxes.add(box(s21, no, "STD"));
        }
        for (int i = 0; i < 4; i++, no++) {
            boxes.add(box(s22, no, "ONE"));
        }
        var closed = locations.save(new Location(null, LocationKind.ROOM, "R2", "销户档案库", null, true));
        var c9 = locations.save(new Location(closed, LocationKind.CABINET, "C01", "1号柜", null, false));
        var s91 = locations.save(new Location(c9, LocationKind.SHELF, "S1", "第1层", null, false));
        no = 101;
        for (var kind : List.of("STD", "HV", "LV", "ONE")) {
            boxes.add(box(s91, no++, kind));
        }
        return boxes;
    }

    private long box(Location shelf, int no, String kind) {
        var code = String.format("B%04d", no);
        return locations.save(new Location(shelf, LocationKind.BOX, code, String.format("%04d号盒", no), kind, false)).getId();
    }
}
