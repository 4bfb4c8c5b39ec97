package kehu.platform.reference;

import static org.assertj.core.api.Assertions.assertThat;

import kehu.platform.ReferenceData;
import kehu.shared.AuditableAction;
import kehu.support.KehuTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Reference data as other modules see it, on the data shipped in the migrations. */
@KehuTest
@RecordApplicationEvents
class ReferenceDataTests {

    @Autowired
    ReferenceData data;

    @Autowired
    DictionaryManagement dictionaries;

    @Autowired
    RegionManagement regions;

    @Autowired
    ApplicationEvents events;

    @Test
    void theNationalRegionTableIsLoaded() {
        var provinces = data.children(null);
        assertThat(provinces).hasSize(31); // pca-code.json of china-division 2.7.0: mainland only
        assertThat(provinces).extracting(ReferenceData.Region::name).contains("北京市", "广东省", "新疆维吾尔自治区");
        int cities = provinces.stream().mapToInt(p -> data.children(p.code()).size()).sum();
        assertThat(cities).isEqualTo(342);
        assertThat(data.children("110000")).extracting(ReferenceData.Region::code).containsExactly("110100");
        var beijing = data.children("110100");
        assertThat(beijing).hasSize(16);
        assertThat(beijing).extracting(ReferenceData.Region::name).contains("海淀区", "朝阳区", "东城区");
        assertThat(data.regionPath("110108")).containsExactly("北京市", "市辖区", "海淀区");
        assertThat(data.region("440305")).hasValueSatisfying(r -> {
            assertThat(r.name()).isEqualTo("南山区");
            assertThat(r.level()).isEqualTo(3);
            assertThat(r.parentCode()).isEqualTo("440300");
        });
        assertThat(data.isValidRegion("110108")).isTrue();
        assertThat(data.isValidRegion("110199")).isFalse();
        assertThat(data.regionPath("999999")).isEmpty();
    }

    @Test
    void theShippedDictionariesAreThere() {
        assertThat(data.items(ReferenceData.INDUSTRY)).extracting(ReferenceData.Item::label)
                .containsExactly("银行", "信用社", "烟草", "电力", "物业", "汽车", "保险", "电信");
        assertThat(data.items(ReferenceData.CUSTOMER_TYPE)).extracting(ReferenceData.Item::label)
                .containsExactly("个人", "企业", "机构");
        assertThat(data.items(ReferenceData.CHANNEL)).extracting(ReferenceData.Item::label)
                .containsExactly("电话", "来访", "信函", "邮件", "网上", "走访发现", "回访发现");
        assertThat(data.items(ReferenceData.SERVICE_ITEM)).extracting(ReferenceData.Item::label)
                .containsExactly("接待服务", "电话报修受理", "处理及时性", "维修质量", "服务态度", "回访服务");
        assertThat(data.items(ReferenceData.CAUSE)).isNotEmpty();
        var categories = data.items(ReferenceData.REQUEST_CATEGORY);
        assertThat(categories.subList(0, 5)).extracting(ReferenceData.Item::label)
                .containsExactly("工程维修", "水电", "门窗", "电梯", "公共设施");
        assertThat(categories.get(1).depth()).isEqualTo(1);
        assertThat(categories.get(1).parentCode()).isEqualTo("engineering");
        assertThat(data.label(ReferenceData.INDUSTRY, "tobacco")).contains("烟草");
        assertThat(data.items("no-such-dictionary")).isEmpty();
    }

    @Test
    @WithUserDetails("admin")
    void aDisabledItemDisappearsForOtherModulesButKeepsItsLabel() {
        try {
            dictionaries.disableItem(ReferenceData.REQUEST_CATEGORY, "engineering");
            assertThat(data.items(ReferenceData.REQUEST_CATEGORY)).extracting(ReferenceData.Item::code)
                    .doesNotContain("engineering", "plumbing-electrical", "doors-windows")
                    .contains("service-attitude", "charges");
            assertThat(data.isValidItem(ReferenceData.REQUEST_CATEGORY, "engineering")).isFalse();
            assertThat(data.isValidItem(ReferenceData.REQUEST_CATEGORY, "plumbing-electrical")).as("under a disabled parent").isFalse();
            assertThat(data.label(ReferenceData.REQUEST_CATEGORY, "plumbing-electrical")).contains("水电");
            assertThat(events.stream(AuditableAction.class)).anySatisfy(a -> {
                assertThat(a.action()).isEqualTo("dictionary.item.disable");
                assertThat(a.targetId()).isEqualTo("request-category/engineering");
                assertThat(a.actor()).isEqualTo("admin");
            });
        } finally {
            dictionaries.enableItem(ReferenceData.REQUEST_CATEGORY, "engineering");
        }
        assertThat(data.isValidItem(ReferenceData.REQUEST_CATEGORY, "plumbing-electrical")).isTrue();
    }

    @Test
    @WithUserDetails("admin")
    void aDisabledRegionIsNoLongerOfferedButItsPathStillResolves() {
        try {
            regions.disable("110108");
            assertThat(data.children("110100")).extracting(ReferenceData.Region::name).doesNotContain("海淀区").contains("朝阳区");
            assertThat(data.isValidRegion("110108")).isFalse();
            assertThat(data.regionPath("110108")).containsExactly("北京市", "市辖区", "海淀区");
            assertThat(events.stream(AuditableAction.class)).anySatisfy(a -> assertThat(a.action()).isEqualTo("region.disable"));
        } finally {
            regions.enable("110108");
        }
        assertThat(data.isValidRegion("110108")).isTrue();
    }
}
