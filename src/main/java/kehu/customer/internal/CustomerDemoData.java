package kehu.customer.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import kehu.customer.AbcClass;
import kehu.customer.Classification;
import kehu.customer.CreditCode;
import kehu.customer.CustomerCreated;
import kehu.customer.CustomerKind;
import kehu.customer.CustomerStatus;
import kehu.customer.IdCardNumber;
import kehu.customer.LoyaltyType;
import kehu.customer.ValueClass;
import kehu.customer.internal.Contact.ContactDetails;
import kehu.organization.OrganizationDirectory;
import kehu.organization.StaffSummary;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * With {@code kehu.demo.enabled}: about thirty realistic customers on first start — people and
 * organisations across the demo managers {@code manager} (刘经理) and {@code manager2} (周经理) and the
 * public pool, with valid ID numbers and credit codes, mobiles, regions, contacts, classifications,
 * a few industry-field values, one lost and one closed customer. Runs after the demo organisation.
 */
@Component
@Order(30)
class CustomerDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CustomerDemoData.class);

    private final Customers customers;
    private final FieldDefinitions definitions;
    private final CustomerJournal journal;
    private final OrganizationDirectory directory;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final boolean demo;

    CustomerDemoData(Customers customers, FieldDefinitions definitions, CustomerJournal journal,
                     OrganizationDirectory directory, ApplicationEventPublisher events, TransactionTemplate tx, Clock clock,
                     @Value("${kehu.demo.enabled:false}") boolean demo) {
        this.customers = customers;
        this.definitions = definitions;
        this.journal = journal;
        this.directory = directory;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
        this.demo = demo;
    }

    /** One demo customer: who, where, whose, how classified. Owner: 1 manager, 2 manager2, 0 pool. */
    private record Demo(CustomerKind kind, String name, String region, String address, String industry, String source,
                        int owner, CustomerStatus status, AbcClass abc, LoyaltyType loyalty, ValueClass value,
                        String credit, boolean vip, String area, Set<String> tags) {
    }

    private static final List<Demo> DEMO = List.of(
            person("张伟", "110105", "建国路 88 号 SOHO 现代城 2 号楼 1203", 1, CustomerStatus.ACTIVE, AbcClass.A, LoyaltyType.PARTNER, ValueClass.PRIME, "AAA", true, "F01", Set.of("高净值", "理财")),
            person("王芳", "110108", "中关村大街 27 号 5 层", 1, CustomerStatus.ACTIVE, AbcClass.B, LoyaltyType.COOPERATIVE, ValueClass.PRIME, "AA", false, "F01", Set.of("理财")),
            person("李娜", "310115", "世纪大道 100 号 36 楼", 1, CustomerStatus.POTENTIAL, AbcClass.C, LoyaltyType.ORDINARY, ValueClass.POTENTIAL_PRIME, null, false, null, Set.of()),
            person("刘洋", "330106", "文三路 478 号华星时代广场 A 座", 1, CustomerStatus.ACTIVE, AbcClass.B, LoyaltyType.ORDINARY, null, "A", false, "F02", Set.of("车主")),
            person("陈静", "330108", "江南大道 3850 号", 1, CustomerStatus.DORMANT, AbcClass.C, LoyaltyType.NON_COOPERATIVE, ValueClass.POOR, "B", false, null, Set.of()),
            person("杨磊", "440305", "科技园南区深南大道 9988 号", 1, CustomerStatus.ACTIVE, AbcClass.A, LoyaltyType.COOPERATIVE, ValueClass.PRIME, "AA", true, null, Set.of("企业主")),
            person("赵敏", "320508", "人民路 1088 号", 1, CustomerStatus.LOST, AbcClass.C, LoyaltyType.NON_COOPERATIVE, null, null, false, null, Set.of()),
            org("杭州西湖明德电子科技有限公司", "330106", "西溪路 525 号浙大科技园 B 楼", "telecom", 1, CustomerStatus.ACTIVE, AbcClass.A, LoyaltyType.PARTNER, ValueClass.PRIME, "AAA", true, null, Set.of("重点客户", "科技")),
            org("北京朝阳华通商贸有限公司", "110105", "酒仙桥路 10 号", "property", 1, CustomerStatus.ACTIVE, AbcClass.B, LoyaltyType.COOPERATIVE, ValueClass.POTENTIAL_PRIME, "AA", false, "F02", Set.of("商贸")),
            org("上海浦东远航物流有限公司", "310115", "外高桥保税区富特北路 211 号", "automotive", 1, CustomerStatus.POTENTIAL, null, null, null, null, false, null, Set.of("物流")),
            org("苏州姑苏锦绣丝绸股份有限公司", "320508", "干将西路 1299 号", "tobacco", 1, CustomerStatus.ACTIVE, AbcClass.B, LoyaltyType.ORDINARY, ValueClass.PRIME, "A", false, null, Set.of()),
            org("深圳南山华创信息技术有限公司", "440305", "粤海街道高新南七道 12 号", "telecom", 1, CustomerStatus.CLOSED, AbcClass.C, null, ValueClass.POOR, null, false, null, Set.of()),
            person("黄勇", "440106", "天河路 385 号太古汇一座 18 楼", 2, CustomerStatus.ACTIVE, AbcClass.A, LoyaltyType.PARTNER, ValueClass.PRIME, "AAA", true, null, Set.of("高净值")),
            person("周杰", "350102", "五四路 158 号环球广场 9 层", 2, CustomerStatus.ACTIVE, AbcClass.B, LoyaltyType.COOPERATIVE, ValueClass.POTENTIAL_PRIME, "A", false, null, Set.of("车主")),
            person("吴霞", "510107", "人民南路四段 9 号", 2, CustomerStatus.POTENTIAL, null, LoyaltyType.ORDINARY, null, null, false, null, Set.of()),
            person("徐强", "420106", "中北路 109 号", 2, CustomerStatus.ACTIVE, AbcClass.C, LoyaltyType.ORDINARY, ValueClass.POOR, "B", false, null, Set.of()),
            person("孙丽", "370102", "泉城路 180 号", 2, CustomerStatus.DORMANT, AbcClass.C, LoyaltyType.NON_COOPERATIVE, null, null, false, null, Set.of()),
            person("胡军", "610113", "小寨东路 126 号", 2, CustomerStatus.ACTIVE, AbcClass.B, LoyaltyType.COOPERATIVE, ValueClass.PRIME, "AA", false, null, Set.of("理财")),
            org("成都武侯天府物业服务有限公司", "510107", "武侯祠大街 264 号", "property", 2, CustomerStatus.ACTIVE, AbcClass.A, LoyaltyType.PARTNER, ValueClass.PRIME, "AAA", true, null, Set.of("重点客户", "物业")),
            org("武汉武昌楚天汽车销售服务有限公司", "420106", "友谊大道 303 号", "automotive", 2, CustomerStatus.ACTIVE, AbcClass.B, LoyaltyType.COOPERATIVE, ValueClass.PRIME, "A", false, null, Set.of("汽车")),
            org("西安雁塔长安电力工程有限公司", "610113", "雁塔路 68 号", "power", 2, CustomerStatus.ACTIVE, AbcClass.A, LoyaltyType.COOPERATIVE, ValueClass.PRIME, "AA", false, null, Set.of("电力")),
            org("福州鼓楼闽江餐饮管理有限公司", "350102", "东街 92 号", "bank", 2, CustomerStatus.POTENTIAL, null, null, ValueClass.POTENTIAL_PRIME, null, false, null, Set.of()),
            person("朱琳", "500103", "解放碑民权路 28 号", 0, CustomerStatus.POTENTIAL, null, null, null, null, false, null, Set.of()),
            person("高峰", "120101", "南京路 219 号", 0, CustomerStatus.DORMANT, AbcClass.C, LoyaltyType.ORDINARY, null, null, false, null, Set.of()),
            person("林涛", "310104", "漕溪北路 88 号", 0, CustomerStatus.POTENTIAL, null, null, null, null, false, null, Set.of("车主")),
            person("何颖", "330108", "网商路 699 号", 0, CustomerStatus.POTENTIAL, null, null, null, null, false, "F01", Set.of()),
            person("郭斌", "440106", "体育西路 191 号", 0, CustomerStatus.DORMANT, AbcClass.C, null, ValueClass.POOR, null, false, null, Set.of()),
            org("重庆渝中山城火锅餐饮有限公司", "500103", "八一路 177 号", "tobacco", 0, CustomerStatus.POTENTIAL, null, null, null, null, false, null, Set.of("餐饮")),
            org("天津和平海河建材有限公司", "120101", "滨江道 208 号", "power", 0, CustomerStatus.POTENTIAL, null, null, null, null, false, null, Set.of()),
            org("济南历下泉城便民超市有限公司", "370102", "经十路 11111 号", "tobacco", 0, CustomerStatus.POTENTIAL, null, null, null, null, false, null, Set.of("零售")));

    private static Demo person(String name, String region, String address, int owner, CustomerStatus status, AbcClass abc,
                               LoyaltyType loyalty, ValueClass value, String credit, boolean vip, String area,
                               Set<String> tags) {
        return new Demo(CustomerKind.INDIVIDUAL, name, region, address, null, null, owner, status, abc, loyalty, value,
                credit, vip, area, tags);
    }

    private static Demo org(String name, String region, String address, String industry, int owner,
                            CustomerStatus status, AbcClass abc, LoyaltyType loyalty, ValueClass value, String credit,
                            boolean vip, String area, Set<String> tags) {
        return new Demo(CustomerKind.ORGANIZATION, name, region, address, industry, null, owner, status, abc, loyalty, value,
                credit, vip, area, tags);
    }

    private static final String[] SOURCES = {"网点开发", "转介绍", "电话营销", "线上注册", "展会", "老客户推荐"};
    private static final String[] MOBILE_PREFIXES = {"138", "139", "150", "186", "177", "158", "135", "189"};
    private static final String[][] CONTACTS = {{"李明", "财务经理"}, {"陈红", "行政主管"}, {"王建国", "总经理"},
            {"赵倩", "采购负责人"}, {"孙浩", "法定代表人"}};

    @Override
    public void run(ApplicationArguments args) {
        if (!demo) {
            return;
        }
        tx.executeWithoutResult(status -> {
            if (customers.count() > 0) {
                return;
            }
            var manager = directory.staffByUsername("manager");
            var manager2 = directory.staffByUsername("manager2");
            if (manager.isEmpty() || manager2.isEmpty()) {
                return;
            }
            var head = directory.staffByUsername("head");
            var voltage = definitions.findByCode("VOLTAGE");
            var building = definitions.findByCode("BUILDING_UNIT");
            var moveIn = definitions.findByCode("MOVE_IN_DATE");
            var now = clock.instant();
            for (int i = 0; i < DEMO.size(); i++) {
                var d = DEMO.get(i);
                var idNumber = d.kind() == CustomerKind.INDIVIDUAL ? idNumber(d.region(), i) : creditCode(d.region(), i);
                var mobile = MOBILE_PREFIXES[i % MOBILE_PREFIXES.length] + String.format("%08d", (i * 7919L + 1357) * 4099 % 100_000_000L);
                var landline = d.kind() == CustomerKind.ORGANIZATION ? areaCodeOf(d.region()) + "-" + (6000_0000 + i * 13_579) : null;
                var profile = new Profile(d.name(), idNumber, mobile, landline, d.region(), d.address(), d.industry(),
                        SOURCES[i % SOURCES.length], d.area(), d.tags());
                var working = d.status().working() ? d.status() : CustomerStatus.ACTIVE;
                var created = now.minus(Duration.ofDays(200 - i * 5L));
                var c = Customer.register(d.kind(), profile, working, created);
                c.initialClassification(new Classification(d.abc(), d.loyalty(), d.value(), d.credit(), d.vip()));
                StaffSummary owner = d.owner() == 1 ? manager.get() : d.owner() == 2 ? manager2.get() : null;
                if (owner != null) {
                    c.assignTo(owner.id(), owner.unitId(), created);
                    c.recordFollowUp(now.minus(Duration.ofDays(3L + i * 2L)));
                }
                if (d.kind() == CustomerKind.ORGANIZATION) {
                    var who = CONTACTS[i % CONTACTS.length];
                    c.addContact(new ContactDetails(who[0], who[1], MOBILE_PREFIXES[(i + 3) % MOBILE_PREFIXES.length]
                            + String.format("%08d", (i * 104_729L + 24_680) % 100_000_000L),
                            LocalDate.of(1970 + i % 25, 1 + i % 12, 1 + i % 28), i % 2 == 0 ? "喜欢电话沟通，下午方便" : "偏好微信联系"));
                } else if (i % 3 == 0) {
                    c.addContact(new ContactDetails(d.name().charAt(0) + "太太", "配偶", null, null, "周末在家"));
                }
                if (i % 4 == 0) {
                    voltage.ifPresent(v -> c.setField(v, TypedValue.text(d.kind() == CustomerKind.ORGANIZATION ? "高压" : "低压")));
                }
                if (d.kind() == CustomerKind.INDIVIDUAL && i % 2 == 0) {
                    int k = i;
                    building.ifPresent(b -> c.setField(b, TypedValue.text((k % 9 + 1) + " 栋 " + (k % 3 + 1) + " 单元 " + (100 + k * 3))));
                    moveIn.ifPresent(m -> c.setField(m, TypedValue.date(LocalDate.of(2015 + k % 10, 1 + k % 12, 1 + k % 27))));
                }
                if (i == 0 && head.isPresent()) {
                    c.setCollaborators(Set.of(head.get().id()));
                }
                if (d.status() == CustomerStatus.LOST) {
                    c.markLost("客户转至他行办理业务", now.minus(Duration.ofDays(20)));
                } else if (d.status() == CustomerStatus.CLOSED) {
                    c.close("企业注销，申请销户", now.minus(Duration.ofDays(10)));
                }
                var saved = customers.save(c);
                journal.timeline(saved.getId(), created, "created", saved.getName(), owner == null ? null : owner.fullName());
                if (d.status() == CustomerStatus.LOST) {
                    journal.timeline(saved.getId(), now.minus(Duration.ofDays(20)), "lost", null, saved.getStatusReason());
                } else if (d.status() == CustomerStatus.CLOSED) {
                    journal.timeline(saved.getId(), now.minus(Duration.ofDays(10)), "closed", null, saved.getStatusReason());
                }
                journal.audit("customer.create", saved.getId(), null, CustomerJournal.describe(saved) + ", demo");
                events.publishEvent(new CustomerCreated(saved.getId(), saved.getKind(), saved.getOwnerStaffId(), created));
                journal.changed(saved.getId(), now);
            }
            log.info("Demo customers created: {}", DEMO.size());
        });
    }

    /** A valid ID-card number issued in the region, born between 1960 and 1999. */
    static String idNumber(String region, int i) {
        var birth = LocalDate.of(1960 + (i * 7) % 40, 1 + (i * 5) % 12, 1 + (i * 11) % 28);
        var first17 = region + birth.toString().replace("-", "") + String.format("%03d", (i * 37 + 11) % 1000);
        return IdCardNumber.parse(first17 + IdCardNumber.checkCharacterOf(first17)).value();
    }

    /** A valid unified social credit code of a company registered in the region. */
    static String creditCode(String region, int i) {
        var first17 = "91" + region + "MA" + String.format("%06d", (i * 86_243 + 1234) % 1_000_000) + "X".charAt(0);
        return CreditCode.parse(first17 + CreditCode.checkCharacterOf(first17)).value();
    }

    private static String areaCodeOf(String region) {
        return switch (region.substring(0, 2)) {
            case "11" -> "010";
            case "12" -> "022";
            case "31" -> "021";
            case "50" -> "023";
            case "33" -> "0571";
            case "44" -> region.startsWith("4403") ? "0755" : "020";
            case "32" -> "0512";
            case "35" -> "0591";
            case "51" -> "028";
            case "42" -> "027";
            case "37" -> "0531";
            case "61" -> "029";
            default -> "0571";
        };
    }
}
