package kehu.platform.reference;

import java.util.HashMap;
import java.util.List;
import java.util.Optional;

import kehu.platform.ReferenceData;
import kehu.platform.cache.CacheSettings;
import kehu.platform.cache.Snapshot;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@link ReferenceData} other modules inject: dictionaries and regions kept in memory (two
 * {@link Snapshot}s, so a dictionary edit does not reload the few thousand regions).
 */
@Component
class CurrentReferenceData implements ReferenceData {

    private final Snapshot<DictionaryTree> dictionaries;
    private final Snapshot<RegionTree> regions;

    CurrentReferenceData(DictionaryTypes types, DictionaryItems items, AdministrativeRegions regionRows,
                         PlatformTransactionManager transactions, CacheSettings cache) {
        var tx = new TransactionTemplate(transactions);
        tx.setReadOnly(true);
        this.dictionaries = new Snapshot<>(() -> tx.execute(status -> {
            var all = types.findAllByOrderByIdAsc();
            var codes = new HashMap<Long, String>();
            all.forEach(t -> codes.put(t.getId(), t.getCode()));
            return new DictionaryTree(all.stream().map(DictionaryType::toInfo).toList(),
                    items.findAll().stream().map(i -> i.toRow(codes.get(i.getTypeId()))).toList());
        }), cache.maxAge());
        this.regions = new Snapshot<>(() -> tx.execute(status ->
                new RegionTree(regionRows.findAll().stream().map(AdministrativeRegion::toRow).toList())), cache.maxAge());
    }

    DictionaryTree dictionaries() {
        return dictionaries.get();
    }

    RegionTree regions() {
        return regions.get();
    }

    void reloadDictionariesAfterCommit() {
        dictionaries.invalidateAfterCommit();
    }

    void reloadRegionsAfterCommit() {
        regions.invalidateAfterCommit();
    }

    @Override
    public List<Item> items(String typeCode) {
        return dictionaries().activeNodes(typeCode).stream()
                .map(n -> new Item(n.code(), n.label(), n.parentCode(), n.depth())).toList();
    }

    @Override
    public Optional<String> label(String typeCode, String itemCode) {
        return dictionaries().node(typeCode, itemCode).map(DictionaryTree.Node::label);
    }

    @Override
    public boolean isValidItem(String typeCode, String itemCode) {
        return dictionaries().node(typeCode, itemCode).map(DictionaryTree.Node::active).orElse(false);
    }

    @Override
    public List<String> regionPath(String code) {
        return regions().path(code).stream().map(RegionTree.Node::name).toList();
    }

    @Override
    public Optional<Region> region(String code) {
        return regions().node(code).map(CurrentReferenceData::toRegion);
    }

    @Override
    public List<Region> children(String regionCode) {
        return regions().children(regionCode).stream().filter(RegionTree.Node::active)
                .map(CurrentReferenceData::toRegion).toList();
    }

    @Override
    public boolean isValidRegion(String code) {
        return regions().node(code).map(RegionTree.Node::active).orElse(false);
    }

    private static Region toRegion(RegionTree.Node n) {
        return new Region(n.code(), n.name(), n.parentCode(), n.level());
    }
}
