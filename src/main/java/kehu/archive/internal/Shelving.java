package kehu.archive.internal;

import java.time.Instant;
import java.util.Optional;

import kehu.archive.ArchiveStatus;
import kehu.archive.LocationKind;
import kehu.shared.DomainException;

import org.springframework.stereotype.Component;

/**
 * Puts paper volumes into boxes by the box rules (ARC-5) and keeps every move. Call inside a transaction: the target
 * box is locked while its occupancy is checked, so two archivists filling the last place of a box cannot both succeed.
 */
@Component
public class Shelving {

    private final Volumes volumes;
    private final Locations locations;
    private final BoxKinds kinds;
    private final BoxRules rules;
    private final VolumeMoves moves;
    private final CustomerFields fields;
    private final ArchiveJournal journal;

    Shelving(Volumes volumes, Locations locations, BoxKinds kinds, BoxRules rules, VolumeMoves moves,
             CustomerFields fields, ArchiveJournal journal) {
        this.volumes = volumes;
        this.locations = locations;
        this.kinds = kinds;
        this.rules = rules;
        this.moves = moves;
        this.fields = fields;
        this.journal = journal;
    }

    /** The box kind the archive's volumes need, empty when its category has no box rule. */
    public Optional<String> requiredKind(Archive archive) {
        var list = rules.findByCategoryCode(archive.getCategoryCode());
        if (list.isEmpty()) {
            return Optional.empty();
        }
        return FieldRule.mostSpecific(list, fields.of(archive.getCustomerId())).map(BoxRule::getBoxKind);
    }

    /** Why the box would refuse the archive's volume, or empty when it takes it. */
    public Optional<DomainException> refusal(Archive archive, Location box, Optional<String> requiredKind) {
        if (box.getKind() != LocationKind.BOX) {
            return Optional.of(DomainException.invalid("boxId", "archive.location.notBox", box.getLabel()));
        }
        if (archive.getStatus() == ArchiveStatus.DESTROYED) {
            return Optional.of(new DomainException("archive.location.destroyed", archive.getArchiveNo()));
        }
        if (requiredKind.isPresent() && !requiredKind.get().equals(box.getBoxKind())) {
            return Optional.of(DomainException.invalid("boxId", "archive.location.wrongKind", box.getLabel(),
                    kindName(requiredKind.get()), kindName(box.getBoxKind())));
        }
        if (archive.getStatus() == ArchiveStatus.OPEN && box.isClosedSection()) {
            return Optional.of(DomainException.invalid("boxId", "archive.location.closedSectionOnly", box.getLabel()));
        }
        if (archive.getStatus() == ArchiveStatus.CLOSED && !box.isClosedSection()
                && locations.existsByKindAndClosedSectionTrue(LocationKind.BOX)) {
            return Optional.of(DomainException.invalid("boxId", "archive.location.closedSectionRequired", box.getLabel()));
        }
        int max = kinds.findByCode(box.getBoxKind()).map(BoxKind::getMaxCustomers).orElse(Integer.MAX_VALUE);
        if (volumes.countOtherArchivesInBox(box.getId(), archive.getId()) >= max) {
            return Optional.of(DomainException.invalid("boxId", "archive.location.full", box.getLabel(), max));
        }
        return Optional.empty();
    }

    /** Moves the volume into the box (its first placement when it had none), with the reason; returns the move. */
    public VolumeMove move(Archive archive, long volumeId, long boxId, String reason, Instant at) {
        var volume = volumes.lockById(volumeId).filter(v -> v.getArchiveId() == archive.getId())
                .orElseThrow(() -> new kehu.shared.NotFoundException("volume", volumeId));
        var box = locations.lockById(boxId).orElseThrow(() -> DomainException.invalid("boxId", "archive.location.unknown"));
        if (java.util.Objects.equals(volume.getBoxId(), box.getId())) {
            throw DomainException.invalid("boxId", "archive.location.same", box.getLabel());
        }
        var refused = refusal(archive, box, requiredKind(archive));
        if (refused.isPresent()) {
            throw refused.get();
        }
        var from = volume.getBoxId();
        volume.shelve(box.getId());
        var move = moves.save(new VolumeMove(volume.getId(), archive.getId(), from, box.getId(), reason, at));
        journal.audit(from == null ? "archive.volume.place" : "archive.volume.move", "archiveVolume", volume.getId(),
                from == null ? null : "box=" + from, "box=" + box.getId() + " " + box.getPath() + ", reason=" + reason);
        journal.timeline(archive.getCustomerId(), at, "archive-volume-moved", box.getLabel(),
                volume.getVolumeNo() + " " + volume.getTitle() + " · " + reason, "volume-move-" + move.getId());
        return move;
    }

    /** Takes every volume of the archive out of its box (the paper was destroyed), keeping the history. */
    public void vacate(Archive archive, String reason, Instant at) {
        for (var volume : volumes.findByArchiveIdOrderByVolumeNo(archive.getId())) {
            if (volume.getBoxId() != null) {
                var from = volume.getBoxId();
                volume.shelve(null);
                moves.save(new VolumeMove(volume.getId(), archive.getId(), from, null, reason, at));
                journal.audit("archive.volume.vacate", "archiveVolume", volume.getId(), "box=" + from, "box=null, reason=" + reason);
            }
        }
    }

    private String kindName(String code) {
        var locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        return kinds.findByCode(code).map(k -> k.name(locale)).orElse(code);
    }
}
