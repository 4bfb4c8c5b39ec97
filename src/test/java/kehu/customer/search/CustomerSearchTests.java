package kehu.customer.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import kehu.customer.AbcClass;
import kehu.customer.CustomerForm;
import kehu.customer.CustomerManagement;
import kehu.customer.CustomerQuery;
import kehu.customer.CustomerRow;
import kehu.customer.CustomerSearch;
import kehu.customer.CustomerSearchIndex;
import kehu.customer.CustomerSort;
import kehu.customer.CustomerStatus;
import kehu.customer.SearchIndexStatus;
import kehu.organization.DataScopes;
import kehu.organization.OrganizationDirectory;
import kehu.organization.Permissions;
import kehu.shared.DomainException;
import kehu.support.KehuTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The customer search (CUS-7) against the real index: Chinese names by any part and by pinyin, phones,
 * ID numbers, tags and industry fields, filters, sorting, data scope, masking, the rebuild, and an edit
 * that is searchable at once. Customers are registered through the customer facade.
 */
@KehuTest
class CustomerSearchTests {

    @Autowired
    CustomerSearch search;
    @Autowired
    CustomerSearchIndex searchIndex;
    @Autowired
    CustomerManagement customers;
    @Autowired
    DataScopes scopes;
    @Autowired
    OrganizationDirectory directory;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    SearchFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new SearchFixture(customers, scopes, directory, users);
    }

    private List<CustomerRow> find(String username, CustomerQuery query) {
        return fixture.as(username, () -> search.search(query, PageRequest.of(0, 100)).getContent());
    }

    private List<String> names(String username, String q) {
        return find(username, CustomerQuery.text(q)).stream().map(CustomerRow::name).toList();
    }

    private List<Long> ids(String username, CustomerQuery query) {
        return find(username, query).stream().map(CustomerRow::id).toList();
    }

    @Test
    void findsAChineseNameByPinyinInitialsFullPinyinAndMixedForms() {
        var tag = "拼音" + fixture.person("x").mobile().substring(7);
        var zhangSan = fixture.create(fixture.person("张三").withTags(tag));
        var zhangShan = fixture.create(fixture.person("张珊").withTags(tag));
        var liSi = fixture.create(fixture.person("李四").withTags(tag));
        java.util.function.Function<String, List<Long>> findWithTag = q -> ids("admin",
                new CustomerQuery(q, null, null, null, null, null, null, null, null, List.of(tag), null, null, null));

        assertThat(findWithTag.apply("zs")).contains(zhangSan, zhangShan).doesNotContain(liSi);
        assertThat(findWithTag.apply("zhangs")).contains(zhangSan, zhangShan).doesNotContain(liSi);
        assertThat(findWithTag.apply("zhangsan")).contains(zhangSan).doesNotContain(zhangShan, liSi);
        assertThat(findWithTag.apply("zhang")).contains(zhangSan, zhangShan).doesNotContain(liSi);
        assertThat(findWithTag.apply("zsan")).contains(zhangSan).doesNotContain(zhangShan, liSi);
        assertThat(findWithTag.apply("ZS")).contains(zhangSan, zhangShan);
        assertThat(findWithTag.apply("ls")).containsExactly(liSi);
        assertThat(findWithTag.apply("lisi")).containsExactly(liSi);
        assertThat(findWithTag.apply("wang")).isEmpty();
        assertThat(names("admin", "zs")).contains("张三", "张珊").doesNotContain("李四");
    }

    @Test
    void oneCharacterOrAnyPartOfTheNameIsEnough() {
        var company = fixture.create(fixture.person("宁波海曙启明软件有限公司"));
        var person = fixture.create(fixture.person("欧阳明月"));

        assertThat(ids("admin", CustomerQuery.text("曙"))).contains(company).doesNotContain(person);
        assertThat(ids("admin", CustomerQuery.text("明"))).contains(company, person);
        assertThat(ids("admin", CustomerQuery.text("启明软件"))).contains(company);
        assertThat(ids("admin", CustomerQuery.text("宁波海曙启明软件有限公司"))).contains(company);
        assertThat(ids("admin", CustomerQuery.text("海曙启明软件有限"))).contains(company);
        assertThat(ids("admin", CustomerQuery.text("启明 软件"))).contains(company);
        assertThat(ids("admin", CustomerQuery.text("启明硬件"))).doesNotContain(company);
        assertThat(ids("admin", CustomerQuery.text("宁波海曙启明硬件有限公司"))).doesNotContain(company);
        assertThat(ids("admin", CustomerQuery.text("ouyang"))).contains(person);
        // the whole name first, then names starting with the query, then the rest
        var exact = fixture.create(fixture.person("明月"));
        assertThat(ids("admin", CustomerQuery.text("明月"))).startsWith(exact, person);
    }

    @Test
    void findsAPhoneByAFragmentOrItsLastFourDigitsAndALandlineWithoutItsAreaCode() {
        var spec = fixture.person("钱多多");
        var mobile = spec.mobile();
        // a landline ending like the mobile, but not a part of it
        var local = (mobile.charAt(3) == '6' ? "5" : "6") + mobile.substring(4);
        var withLandline = fixture.create(fixture.person("孙小小").withLandline("0571-" + local));
        var id = fixture.create(spec);

        assertThat(ids("admin", CustomerQuery.text(mobile))).contains(id);
        assertThat(ids("admin", CustomerQuery.text(mobile.substring(2, 9)))).contains(id);
        assertThat(ids("admin", CustomerQuery.text(mobile.substring(0, 3) + " " + mobile.substring(3, 7) + " "
                + mobile.substring(7)))).contains(id);
        var lastFour = mobile.substring(7);
        assertThat(ids("admin", CustomerQuery.text(lastFour))).contains(id, withLandline);
        assertThat(ids("admin", CustomerQuery.text(local))).containsExactly(withLandline);
        assertThat(ids("admin", CustomerQuery.text("0571-" + local))).containsExactly(withLandline);
        assertThat(ids("admin", CustomerQuery.text("(0571) " + local))).containsExactly(withLandline);
    }

    @Test
    void findsAnIdNumberWholeOrByItsBeginning() {
        var spec = fixture.person("冯知远");
        var id = fixture.create(spec);
        var number = spec.idNumber();

        assertThat(ids("admin", CustomerQuery.text(number))).containsExactly(id);
        assertThat(ids("admin", CustomerQuery.text(number.toLowerCase()))).containsExactly(id);
        assertThat(ids("admin", CustomerQuery.text(number.substring(0, 14)))).contains(id);
        // the same first 17 digits with another last character is another number
        var otherLast = number.charAt(17) == '0' ? "1" : "0";
        assertThat(ids("admin", CustomerQuery.text(number.substring(0, 17) + otherLast))).doesNotContain(id);
    }

    @Test
    void findsATagAndAnIndustryFieldValue() {
        var tagged = fixture.create(fixture.person("卫青").withTags("钻石会员"));
        var building = fixture.create(fixture.person("霍去病").withFields(Map.of("BUILDING_UNIT", "7 栋 2 单元 1806",
                "VOLTAGE", "高压", "MOVE_IN_DATE", "2021-05-01")));
        var other = fixture.create(fixture.person("李广").withFields(Map.of("VOLTAGE", "低压", "MOVE_IN_DATE", "2019-01-01")));

        assertThat(ids("admin", CustomerQuery.text("钻石"))).contains(tagged);
        assertThat(ids("admin", filter(Map.of("tag", "钻石会员")))).contains(tagged).doesNotContain(building);
        assertThat(ids("admin", CustomerQuery.text("单元 1806"))).contains(building);
        assertThat(ids("admin", CustomerQuery.text("单元 1807"))).doesNotContain(building);
        assertThat(ids("admin", CustomerQuery.text("单元1806"))).doesNotContain(building);
        assertThat(ids("admin", CustomerQuery.text("1806"))).contains(building);
        assertThat(ids("admin", CustomerQuery.text("高压"))).contains(building).doesNotContain(other);
        assertThat(ids("admin", filter(Map.of("f.VOLTAGE", "高压")))).contains(building).doesNotContain(other);
        assertThat(ids("admin", filter(Map.of("f.MOVE_IN_DATE", "2021-01-01..2021-12-31")))).contains(building)
                .doesNotContain(other);
        assertThat(ids("admin", filter(Map.of("f.MOVE_IN_DATE", "..2019-06-30")))).contains(other)
                .doesNotContain(building);
        assertThat(ids("admin", filter(Map.of("f.BUILDING_UNIT", "7 栋 2 单元 1806")))).containsExactly(building);
    }

    private static CustomerQuery filter(Map<String, String> parameters) {
        var multi = new java.util.LinkedHashMap<String, List<String>>();
        parameters.forEach((k, v) -> multi.put(k, List.of(v)));
        return CustomerQuery.parse(multi);
    }

    @Test
    void filtersByStatusClassManagerAndRegionAndSortsByPinyinOrChange() {
        var tag = "筛选" + fixture.person("x").mobile().substring(7);
        var a = fixture.create(fixture.person("白起").withTags(tag).withAbc(AbcClass.A).withRegion("310115"));
        var b = fixture.create(fixture.person("安然").withTags(tag).withStatus(CustomerStatus.DORMANT)
                .ownedBy("manager2"));
        var c = fixture.create(fixture.person("章邯").withTags(tag).withAbc(AbcClass.A));
        var manager2 = directory.staffByUsername("manager2").orElseThrow().id();
        var westMarketing = directory.staffByUsername("manager2").orElseThrow().unitId();

        assertThat(ids("admin", filter(Map.of("tag", tag, "abcClass", "A")))).containsExactlyInAnyOrder(a, c);
        assertThat(ids("admin", filter(Map.of("tag", tag, "status", "DORMANT")))).containsExactly(b);
        assertThat(ids("admin", filter(Map.of("tag", tag, "ownerStaffId", String.valueOf(manager2))))).containsExactly(b);
        assertThat(ids("admin", filter(Map.of("tag", tag, "ownerUnitId", String.valueOf(westMarketing))))).containsExactly(b);
        assertThat(ids("admin", filter(Map.of("tag", tag, "region", "310000")))).containsExactly(a);
        assertThat(ids("admin", filter(Map.of("tag", tag, "region", "310100")))).containsExactly(a);
        assertThat(ids("admin", filter(Map.of("tag", tag, "region", "110101")))).containsExactlyInAnyOrder(b, c);
        assertThat(ids("admin", filter(Map.of("tag", tag, "sort", "name")))).containsExactly(b, a, c);
        assertThat(ids("admin", filter(Map.of("tag", tag, "sort", "-name")))).containsExactly(c, a, b);
        assertThat(ids("admin", filter(Map.of("tag", tag, "sort", "-updatedAt")))).containsExactly(c, b, a);
        assertThat(ids("admin", filter(Map.of("tag", tag)).withSort(CustomerSort.UPDATED.reversed())))
                .containsExactly(a, b, c);
    }

    @Test
    void pagesCountOnlyWhatTheQueryFinds() {
        var tag = "分页" + fixture.person("x").mobile().substring(7);
        for (var name : List.of("甲一", "甲二", "甲三")) {
            fixture.create(fixture.person(name).withTags(tag));
        }
        var page = fixture.as("admin", () -> search.search(filter(Map.of("tag", tag)), PageRequest.of(1, 2)));
        assertThat(page.getTotalElements()).isEqualTo(3);
        assertThat(page.getTotalPages()).isEqualTo(2);
        assertThat(page.getContent()).hasSize(1);
    }

    @Test
    void aManagerFindsOnlyTheirOwnCustomersAndTheirSuperiorFindsMore() {
        var tag = "范围" + fixture.person("x").mobile().substring(7);
        var mine = fixture.create(fixture.person("秦明").withTags(tag).ownedBy("manager"));
        var theirs = fixture.create(fixture.person("秦亮").withTags(tag).ownedBy("manager2"));
        var pool = fixture.create(fixture.person("秦朗").withTags(tag).ownedBy(null));
        var byTag = filter(Map.of("tag", tag));

        assertThat(ids("manager", byTag)).containsExactly(mine);
        assertThat(ids("manager", CustomerQuery.text("秦"))).contains(mine).doesNotContain(theirs, pool);
        assertThat(ids("manager", CustomerQuery.text("qinliang"))).doesNotContain(theirs);
        assertThat(ids("manager2", byTag)).containsExactly(theirs);
        assertThat(ids("manager2", CustomerQuery.text("秦明"))).doesNotContain(mine);
        // 孙部长 heads 城东分公司 with 城东市场部 below it, where 刘经理 (manager) works
        assertThat(ids("head", byTag)).containsExactly(mine);
        assertThat(ids("admin", byTag)).containsExactlyInAnyOrder(mine, theirs, pool);
        // the total is the scope's total, not the index's
        var page = fixture.as("manager", () -> search.search(byTag, PageRequest.of(0, 10)));
        assertThat(page.getTotalElements()).isEqualTo(1);
    }

    @Test
    void aCollaboratorFindsTheCustomer() {
        var tag = "协作" + fixture.person("x").mobile().substring(7);
        var id = fixture.create(fixture.person("魏征").withTags(tag).ownedBy("manager2"));
        var manager = directory.staffByUsername("manager").orElseThrow().id();
        assertThat(ids("manager", filter(Map.of("tag", tag)))).isEmpty();
        fixture.as("admin", () -> {
            customerAssignment.setCollaborators(id, java.util.Set.of(manager),
                    scopes.forCurrentUser(Permissions.CUSTOMER_EDIT));
            return null;
        });
        assertThat(ids("manager", filter(Map.of("tag", tag)))).containsExactly(id);
    }

    @Autowired
    kehu.customer.CustomerAssignment customerAssignment;

    @Test
    void resultsAreLoadedFromTheDatabaseAndMasked() {
        var spec = fixture.person("司马光");
        var id = fixture.create(spec);
        var row = find("admin", CustomerQuery.text(spec.idNumber())).get(0);
        assertThat(row.id()).isEqualTo(id);
        assertThat(row.mobile()).isNotEqualTo(spec.mobile())
                .isEqualTo(spec.mobile().substring(0, 3) + "****" + spec.mobile().substring(7));
        assertThat(row.toString()).doesNotContain(spec.idNumber()).doesNotContain(spec.mobile());
    }

    @Test
    void theIndexCannotHandOutSensitiveValues() {
        var session = org.hibernate.search.mapper.orm.Search.mapping(entityManagerFactory);
        for (var field : List.of(IndexFields.ID_EXACT, IndexFields.ID_PREFIX, IndexFields.PHONE_DIGITS,
                IndexFields.PHONE_TAIL, IndexFields.NAME_EXACT)) {
            assertThatThrownBy(() -> session.scope(kehu.customer.internal.Customer.class).projection()
                    .field(field, String.class).toProjection())
                    .as(field).hasMessageContaining("projection:field").hasMessageContaining(field);
        }
    }

    @Test
    void aCustomerChangedThroughTheFacadeIsFoundByItsNewNameAtOnce() {
        var id = fixture.create(fixture.person("诸葛瑾"));
        assertThat(ids("admin", CustomerQuery.text("诸葛瑾"))).contains(id);
        fixture.as("admin", () -> {
            var d = customers.get(id, scopes.forCurrentUser(Permissions.CUSTOMER_VIEW));
            var form = new CustomerForm(d.kind(), "诸葛恪", d.idNumber(), d.mobile(), d.landline(), d.regionCode(),
                    d.address(), d.industryCode(), d.source(), d.status(), d.tags(), d.areaCode(), null, null, null, null,
                    null, null, Map.of("BUILDING_UNIT", "3 栋 1 单元 909"), null, d.version());
            return customers.update(id, form, scopes.forCurrentUser(Permissions.CUSTOMER_EDIT));
        });
        assertThat(ids("admin", CustomerQuery.text("诸葛恪"))).contains(id);
        assertThat(ids("admin", CustomerQuery.text("zhugeke"))).contains(id);
        assertThat(ids("admin", CustomerQuery.text("诸葛瑾"))).doesNotContain(id);
        // an industry-field value alone changed (a row of its own) is indexed too
        assertThat(ids("admin", filter(Map.of("f.BUILDING_UNIT", "3 栋 1 单元 909")))).containsExactly(id);
    }

    @Test
    void theRebuildRestoresWhatWasChangedBehindTheApplicationsBack() {
        var id = fixture.create(fixture.person("上官婉"));
        jdbc.update("update customer set name = ? where id = ?", "上官仪", id);
        assertThat(ids("admin", CustomerQuery.text("上官仪"))).doesNotContain(id);

        var started = fixture.as("admin", () -> searchIndex.rebuild());
        assertThat(started.state()).isIn(SearchIndexStatus.State.RUNNING, SearchIndexStatus.State.DONE);
        await().atMost(Duration.ofSeconds(60)).until(() -> fixture.as("admin", () -> searchIndex.status()).state()
                == SearchIndexStatus.State.DONE);

        var done = fixture.as("admin", () -> searchIndex.status());
        assertThat(done.percent()).isEqualTo(100);
        assertThat(done.indexed()).isEqualTo(done.total()).isEqualTo(done.customers()).isEqualTo(done.documents());
        assertThat(done.startedBy()).isEqualTo("admin");
        assertThat(ids("admin", CustomerQuery.text("上官仪"))).contains(id);
        assertThat(ids("admin", CustomerQuery.text("shangguanyi"))).contains(id);
    }

    @Autowired
    IndexAtStartup atStartup;
    @Autowired
    jakarta.persistence.EntityManagerFactory entityManagerFactory;

    @Autowired
    IndexRebuild rebuild;

    /**
     * The mass indexer adds documents without deleting; a customer the application indexed itself during a rebuild,
     * before the mass indexer reached it, was in the index twice (the 1m run's index held 1,001,580 documents for
     * 1,000,030 customers) and was found twice. The rebuild ends by indexing such customers again.
     */
    @Test
    void aCustomerIndexedTwiceDuringARebuildIsFoundOnceAfterIt() {
        var id = fixture.create(fixture.person("慕容复"));
        // the mass indexer over customers the application has indexed already: it adds, it does not replace
        long customersNow = jdbc.queryForObject("select count(*) from customer", Long.class);
        try {
            org.hibernate.search.mapper.orm.Search.mapping(entityManagerFactory).scope(kehu.customer.internal.Customer.class)
                    .massIndexer().purgeAllOnStart(false).startAndWait();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        assertThat(ids("admin", CustomerQuery.text("慕容复"))).containsExactly(id, id);

        assertThat(rebuild.removeDuplicates()).isEqualTo((int) customersNow);

        assertThat(ids("admin", CustomerQuery.text("慕容复"))).containsExactly(id);
        assertThat(rebuild.removeDuplicates()).isZero();
    }

    @Test
    void anEmptyIndexIsFilledAtStartWhenTheDatabaseHoldsCustomers() {
        var id = fixture.create(fixture.person("长孙无忌"));
        org.hibernate.search.mapper.orm.Search.mapping(entityManagerFactory)
                .scope(kehu.customer.internal.Customer.class).workspace().purge();
        assertThat(ids("admin", CustomerQuery.text("长孙无忌"))).isEmpty();

        atStartup.fillWhenEmpty();
        await().atMost(Duration.ofSeconds(60)).until(() -> fixture.as("admin", () -> searchIndex.status()).state()
                == SearchIndexStatus.State.DONE);
        assertThat(ids("admin", CustomerQuery.text("长孙无忌"))).containsExactly(id);
        assertThat(fixture.as("admin", () -> searchIndex.status()).startedBy()).isEqualTo("system");
    }

    @Test
    void sortsByAnIndustryFieldWithCustomersWithoutAValueLast() {
        var tag = "字段排序" + fixture.person("x").mobile().substring(7);
        var late = fixture.create(fixture.person("韩信").withTags(tag).withFields(Map.of("MOVE_IN_DATE", "2024-03-01")));
        var none = fixture.create(fixture.person("萧何").withTags(tag));
        var early = fixture.create(fixture.person("张良").withTags(tag).withFields(Map.of("MOVE_IN_DATE", "2016-08-08")));

        assertThat(ids("admin", filter(Map.of("tag", tag, "sort", "f.MOVE_IN_DATE")))).containsExactly(early, late, none);
        assertThat(ids("admin", filter(Map.of("tag", tag, "sort", "-f.MOVE_IN_DATE")))).containsExactly(late, early, none);
        assertThatThrownBy(() -> find("admin", filter(Map.of("sort", "f.NO_SUCH_FIELD"))))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void onlyAnAdministratorMayRebuild() {
        assertThatThrownBy(() -> fixture.as("manager", () -> searchIndex.rebuild()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.as("manager", () -> searchIndex.status()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void badFiltersGiveFieldErrors() {
        assertThatThrownBy(() -> filter(Map.of("status", "GONE"))).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).violations()).extracting(v -> v.field())
                        .containsExactly("status"));
        assertThatThrownBy(() -> filter(Map.of("q", "张".repeat(101)))).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> find("admin", filter(Map.of("f.NO_SUCH_FIELD", "1"))))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).violations()).extracting(v -> v.field())
                        .containsExactly("f.NO_SUCH_FIELD"));
        assertThatThrownBy(() -> find("admin", filter(Map.of("f.MOVE_IN_DATE", "yesterday"))))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> find("admin", filter(Map.of("region", "999999"))))
                .isInstanceOf(DomainException.class);
    }
}
