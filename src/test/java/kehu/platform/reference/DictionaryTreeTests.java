package kehu.platform.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Tree order and availability of dictionary items and regions, without Spring. */
class DictionaryTreeTests {

    static final DictionaryTree.TypeInfo CATEGORY = new DictionaryTree.TypeInfo("request-category", "报事类别", null, true);

    static DictionaryTree.ItemRow row(String code, String label, String parent, int sort, boolean enabled) {
        return new DictionaryTree.ItemRow("request-category", code, label, parent, sort, enabled);
    }

    @Test
    void parentsComeBeforeTheirChildrenAndSiblingsFollowTheirSortOrder() {
        var tree = new DictionaryTree(List.of(CATEGORY), List.of(
                row("charges", "收费", null, 30, true),
                row("doors", "门窗", "engineering", 20, true),
                row("engineering", "工程维修", null, 10, true),
                row("water", "水电", "engineering", 10, true),
                row("attitude", "服务态度", null, 20, true)));
        assertThat(tree.nodes("request-category")).extracting(DictionaryTree.Node::label)
                .containsExactly("工程维修", "水电", "门窗", "服务态度", "收费");
        assertThat(tree.nodes("request-category")).extracting(DictionaryTree.Node::depth)
                .containsExactly(0, 1, 1, 0, 0);
    }

    @Test
    void aDisabledItemHidesItselfAndEverythingBelowIt() {
        var tree = new DictionaryTree(List.of(CATEGORY), List.of(
                row("engineering", "工程维修", null, 10, false),
                row("water", "水电", "engineering", 10, true),
                row("charges", "收费", null, 30, true)));
        assertThat(tree.activeNodes("request-category")).extracting(DictionaryTree.Node::code).containsExactly("charges");
        assertThat(tree.node("request-category", "water")).hasValueSatisfying(n -> {
            assertThat(n.enabled()).isTrue();
            assertThat(n.active()).isFalse();
        });
    }

    @Test
    void knowsWhatLiesBelowAnItem() {
        var tree = new DictionaryTree(List.of(CATEGORY), List.of(
                row("engineering", "工程维修", null, 10, true),
                row("water", "水电", "engineering", 10, true),
                row("pipes", "管道", "water", 10, true)));
        assertThat(tree.isSelfOrBelow("request-category", "pipes", "engineering")).isTrue();
        assertThat(tree.isSelfOrBelow("request-category", "engineering", "engineering")).isTrue();
        assertThat(tree.isSelfOrBelow("request-category", "engineering", "pipes")).isFalse();
    }

    @Test
    void unknownTypesAndCodesAreEmpty() {
        var tree = new DictionaryTree(List.of(CATEGORY), List.of());
        assertThat(tree.nodes("nope")).isEmpty();
        assertThat(tree.node("request-category", "nope")).isEmpty();
        assertThat(tree.node("request-category", null)).isEmpty();
    }

    @Test
    void aRegionUnderADisabledRegionIsNotActiveButKeepsItsPath() {
        var regions = new RegionTree(List.of(
                new RegionTree.Row("110000", "北京市", null, 1, true),
                new RegionTree.Row("110100", "市辖区", "110000", 2, false),
                new RegionTree.Row("110108", "海淀区", "110100", 3, true)));
        assertThat(regions.node("110108")).hasValueSatisfying(n -> assertThat(n.active()).isFalse());
        assertThat(regions.path("110108")).extracting(RegionTree.Node::name).containsExactly("北京市", "市辖区", "海淀区");
        assertThat(regions.children(null)).extracting(RegionTree.Node::code).containsExactly("110000");
        assertThat(regions.path("999999")).isEmpty();
    }
}
