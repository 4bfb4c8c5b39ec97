package kehu.archive.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import kehu.archive.MissingItem;

import org.springframework.stereotype.Component;

/**
 * What an archive still lacks (ARC-2): for every business event on its volumes, the required lines of that
 * event's filing scope no document of the volume fulfils.
 */
@Component
public class MissingItems {

    private final Volumes volumes;
    private final BusinessEvents events;
    private final ScopeItems scopeItems;
    private final ArchiveDocuments documents;

    MissingItems(Volumes volumes, BusinessEvents events, ScopeItems scopeItems, ArchiveDocuments documents) {
        this.volumes = volumes;
        this.events = events;
        this.scopeItems = scopeItems;
        this.documents = documents;
    }

    public List<MissingItem> of(Archive archive, Locale locale) {
        var vols = volumes.findByArchiveIdOrderByVolumeNo(archive.getId());
        var evs = vols.isEmpty() ? List.<BusinessEvent>of()
                : events.findByVolumeIdInOrderByOccurredOnAscIdAsc(vols.stream().map(Volume::getId).toList());
        if (evs.isEmpty()) {
            return List.of();
        }
        var items = scopeItems.findByEventCodeInOrderBySortOrder(evs.stream().map(BusinessEvent::getEventCode).distinct().toList());
        return of(vols, evs, documents.findByArchiveIdOrderByVolumeIdAscItemNoAsc(archive.getId()), items, locale);
    }

    /**
     * The same from what a caller has read already (the archive page reads volumes, events, documents and the filing
     * scopes for itself): {@code items} may hold every scope item, in any order.
     */
    public static List<MissingItem> of(List<Volume> vols, List<BusinessEvent> evs, List<ArchiveDocument> docs,
                                       java.util.Collection<ScopeItem> items, Locale locale) {
        if (evs.isEmpty()) {
            return List.of();
        }
        var byId = vols.stream().collect(Collectors.toMap(Volume::getId, Function.identity()));
        var codes = evs.stream().map(BusinessEvent::getEventCode).collect(Collectors.toSet());
        var relevant = items.stream().filter(i -> codes.contains(i.getEventCode()))
                .sorted(java.util.Comparator.comparingInt(ScopeItem::getSortOrder).thenComparing(ScopeItem::getId)).toList();
        var filed = new HashSet<String>();
        for (var d : docs) {
            if (d.getEventId() != null && d.getScopeItemId() != null) {
                filed.add(d.getEventId() + ":" + d.getScopeItemId());
            }
        }
        var missing = new ArrayList<MissingItem>();
        for (var e : vols.stream().flatMap(v -> evs.stream().filter(e -> e.getVolumeId() == v.getId())).toList()) {
            var volume = byId.get(e.getVolumeId());
            for (var item : relevant) {
                if (item.isRequired() && item.getEventCode().equals(e.getEventCode())
                        && !filed.contains(e.getId() + ":" + item.getId())) {
                    missing.add(new MissingItem(volume.getId(), volume.getTitle(), e.getId(), e.getEventCode(),
                            item.eventName(locale), item.getId(), item.getItemCode(), item.title(locale),
                            item.getCategoryCode(), item.isOriginalRequired(), item.isSignedRequired()));
                }
            }
        }
        return missing;
    }

    /** Counts what is missing and keeps the count on the archive (lists and statistics read it). */
    public int refresh(Archive archive) {
        int n = of(archive, Locale.SIMPLIFIED_CHINESE).size();
        archive.missing(n);
        return n;
    }
}
