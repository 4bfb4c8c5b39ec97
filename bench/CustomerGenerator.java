import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * Deterministic generator of realistic Chinese customers for the benchmark harness and import tests.
 * Single-file program (no dependencies):
 *
 * <pre>
 *   java bench/CustomerGenerator.java --count 1000000 --seed 42 --out target/bench/customers-1m.csv
 * </pre>
 *
 * Writes UTF-8 CSV (with BOM) in the column layout of Kehu's customer import template. The same seed and
 * count always give the same file. Individuals (85%) get a surname drawn by real frequency, a one- or
 * two-character given name, a GB 11643 ID number with a valid check digit, and a mobile number;
 * organisations (15%) get a company name and a GB 32100 unified social credit code. Regions are real
 * district codes read from Kehu's region migration.
 */
public class CustomerGenerator {

    /** Surnames with their share of the population in per mille (most frequent first). */
    static final String[][] SURNAMES = {
            {"王", "71"}, {"李", "70"}, {"张", "67"}, {"刘", "54"}, {"陈", "45"}, {"杨", "31"}, {"黄", "22"},
            {"赵", "20"}, {"吴", "19"}, {"周", "19"}, {"徐", "15"}, {"孙", "14"}, {"马", "13"}, {"朱", "12"},
            {"胡", "11"}, {"郭", "10"}, {"何", "10"}, {"高", "9"}, {"林", "9"}, {"罗", "8"}, {"郑", "8"},
            {"梁", "8"}, {"谢", "7"}, {"宋", "6"}, {"唐", "6"}, {"许", "6"}, {"韩", "5"}, {"冯", "5"},
            {"邓", "5"}, {"曹", "5"}, {"彭", "5"}, {"曾", "5"}, {"肖", "5"}, {"田", "4"}, {"董", "4"},
            {"袁", "4"}, {"潘", "4"}, {"于", "4"}, {"蒋", "4"}, {"蔡", "4"}, {"余", "4"}, {"杜", "4"},
            {"叶", "4"}, {"程", "3"}, {"苏", "3"}, {"魏", "3"}, {"吕", "3"}, {"丁", "3"}, {"任", "3"},
            {"沈", "3"}, {"姚", "3"}, {"卢", "3"}, {"姜", "3"}, {"崔", "3"}, {"钟", "3"}, {"谭", "3"},
            {"陆", "2"}, {"汪", "2"}, {"范", "2"}, {"金", "2"}, {"石", "2"}, {"廖", "2"}, {"贾", "2"},
            {"夏", "2"}, {"韦", "2"}, {"付", "2"}, {"方", "2"}, {"白", "2"}, {"邹", "2"}, {"孟", "2"},
            {"熊", "2"}, {"秦", "2"}, {"邱", "2"}, {"江", "2"}, {"尹", "2"}, {"薛", "2"}, {"闫", "2"},
            {"段", "2"}, {"雷", "2"}, {"侯", "2"}, {"龙", "2"}, {"史", "2"}, {"陶", "1"}, {"黎", "1"},
            {"贺", "1"}, {"顾", "1"}, {"毛", "1"}, {"郝", "1"}, {"龚", "1"}, {"邵", "1"}, {"万", "1"},
            {"钱", "1"}, {"严", "1"}, {"覃", "1"}, {"武", "1"}, {"戴", "1"}, {"莫", "1"}, {"孔", "1"},
            {"向", "1"}, {"汤", "1"}, {"欧阳", "1"}, {"司马", "1"}, {"诸葛", "1"}};

    static final String[] GIVEN_SINGLE = ("伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 霞 平 刚 辉 鹏 华 飞 玲 "
            + "桂 丹 萍 鑫 波 斌 宇 浩 凯 健 俊 帆 帅 旭 宁 龙 林 欢 阳 建 亮 成 佳 倩 婷 雪 琳 晶 颖 慧 莉 红 云 峰 "
            + "新 东 文 利 英 兰 梅 秀 燕 玉 萍 晨 琪 悦 欣 怡 嘉 彤 睿 泽 轩 然 豪 昊 博 瑞 涵 宸 铭 烨 翔").split(" ");
    static final String[] GIVEN_DOUBLE = ("秀英 秀兰 桂英 建华 建国 建军 志强 志明 海燕 晓东 晓燕 红梅 丽娟 春梅 玉兰 "
            + "文华 国强 国华 金凤 雪梅 子涵 梓涵 欣怡 浩然 宇轩 俊杰 佳怡 思远 雨欣 子轩 一诺 诗涵 梦琪 家豪 "
            + "嘉怡 明轩 天佑 若汐 晨曦 博文 振华 永强 立新 建平 卫东 爱华 淑珍 凤英 德胜").split(" ");
    static final String[] COMPANY_WORDS = ("华润 恒通 鑫源 宏达 金桥 瑞丰 盛世 汇通 长城 东方 新华 天成 嘉禾 博远 "
            + "正和 信达 中联 润泽 安泰 永兴 锦程 佳美 同创 兴业 远航 聚力 开元 鼎盛 万通 和泰").split(" ");
    static final String[] COMPANY_TRADES = ("商贸 科技 电子 物流 建材 食品 农业 机械 置业 物业 汽车销售 电力工程 "
            + "烟酒 餐饮管理 文化传媒 医药 纺织 信息技术 建筑工程 环保").split(" ");
    static final String[] COMPANY_FORMS = {"有限公司", "有限责任公司", "股份有限公司", "商行", "经营部"};
    static final String[] MOBILE_PREFIXES = ("130 131 132 133 134 135 136 137 138 139 150 151 152 153 155 156 157 158 "
            + "159 166 176 177 178 180 181 182 183 184 185 186 187 188 189 191 198 199").split(" ");
    static final String[] STREETS = ("人民路 解放路 中山路 建设路 和平路 新华路 文化路 胜利路 光明路 朝阳路 长江路 "
            + "黄河路 幸福路 青年路 团结路 友谊路 东风路 红旗路 滨江路 迎宾大道").split(" ");
    static final String[] SOURCES = {"来访", "电话", "转介绍", "网点开发", "活动", "网上"};
    static final String[] STATUSES = {"正式", "正式", "正式", "正式", "潜在", "潜在", "休眠"};
    static final String[] TAGS = {"代发工资", "VIP候选", "老客户", "小微企业", "个体工商户", "高净值", "新客户", "理财"};

    static final String HEADER = "客户类型,客户名称,证件号码,手机号码,固定电话,地区编码,详细地址,来源,状态,标签";
    static final char[] CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY".toCharArray();
    static final int[] CREDIT_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static final char[] ID_CHECK = "10X98765432".toCharArray();

    public static void main(String[] args) throws IOException {
        long count = 1000;
        long seed = 42;
        Path out = Path.of("target/bench/customers.csv");
        Path regions = Path.of("src/main/resources/db/migration/platform/V2_4__regions.sql");
        for (int i = 0; i < args.length - 1; i += 2) {
            switch (args[i]) {
                case "--count" -> count = Long.parseLong(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                case "--out" -> out = Path.of(args[i + 1]);
                case "--regions" -> regions = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        var districts = districts(regions);
        var generator = new CustomerGenerator(new SplittableRandom(seed), districts);
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        try (var w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8), 1 << 16)) {
            w.write('\uFEFF');
            w.write(HEADER);
            w.write("\r\n");
            for (long n = 0; n < count; n++) {
                w.write(generator.nextRow());
                w.write("\r\n");
            }
        }
        System.out.println("wrote " + count + " customers to " + out);
    }

    /** District codes (level 3) and their names, from the region migration. */
    static List<String[]> districts(Path migration) throws IOException {
        var rows = new ArrayList<String[]>();
        var p = Pattern.compile("\\('(\\d{6})', '([^']+)', '\\d+', 3\\)");
        var m = p.matcher(Files.readString(migration));
        while (m.find()) {
            rows.add(new String[] {m.group(1), m.group(2)});
        }
        if (rows.isEmpty()) {
            throw new IllegalStateException("no districts found in " + migration);
        }
        return rows;
    }

    final SplittableRandom random;
    final List<String[]> districts;
    final int[] surnameCumulative;
    int sequence;

    CustomerGenerator(SplittableRandom random, List<String[]> districts) {
        this.random = random;
        this.districts = districts;
        this.surnameCumulative = new int[SURNAMES.length];
        int sum = 0;
        for (int i = 0; i < SURNAMES.length; i++) {
            sum += Integer.parseInt(SURNAMES[i][1]);
            surnameCumulative[i] = sum;
        }
    }

    String nextRow() {
        var district = districts.get(random.nextInt(districts.size()));
        var address = district[1] + pick(STREETS) + (1 + random.nextInt(300)) + "号";
        var tags = random.nextInt(4) == 0 ? pick(TAGS) : "";
        var status = pick(STATUSES);
        if (random.nextInt(100) < 85) {
            var name = surname() + (random.nextInt(3) == 0 ? pick(GIVEN_SINGLE) : pick(GIVEN_DOUBLE));
            var landline = random.nextInt(5) == 0 ? landline() : "";
            return String.join(",", "个人", name, idNumber(district[0]), mobile(), landline, district[0], address,
                    pick(SOURCES), status, tags);
        }
        var name = district[1].replaceAll("(区|县|市)$", "") + pick(COMPANY_WORDS) + pick(COMPANY_TRADES) + pick(COMPANY_FORMS);
        var landline = landline();
        return String.join(",", "企业", name, creditCode(district[0]), random.nextBoolean() ? mobile() : "", landline,
                district[0], address, pick(SOURCES), status, tags);
    }

    String surname() {
        int r = random.nextInt(surnameCumulative[surnameCumulative.length - 1]);
        for (int i = 0; i < surnameCumulative.length; i++) {
            if (r < surnameCumulative[i]) {
                return SURNAMES[i][0];
            }
        }
        return SURNAMES[0][0];
    }

    String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    String mobile() {
        return pick(MOBILE_PREFIXES) + String.format("%08d", random.nextInt(100_000_000));
    }

    /** Area code and number as dialled in China: 010 and 02x with 8 digits, 03xx–09xx with 7 or 8 digits. */
    String landline() {
        if (random.nextInt(4) == 0) {
            var area = random.nextInt(10) == 0 ? "010" : "02" + random.nextInt(10);
            return area + "-" + (20_000_000 + random.nextInt(79_999_999));
        }
        var area = "0" + (3 + random.nextInt(7)) + String.format("%02d", 10 + random.nextInt(90));
        return area + "-" + (random.nextBoolean() ? 2_000_000 + random.nextInt(7_999_999) : 20_000_000 + random.nextInt(79_999_999));
    }

    /** GB 11643-1999: region, birth date, sequence and check digit. */
    String idNumber(String region) {
        var birth = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(20000));
        var body = region + String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth())
                + String.format("%03d", random.nextInt(1000));
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return body + ID_CHECK[sum % 11];
    }

    /** GB 32100-2015: registration authority 9 (industry and commerce), type 1 (enterprise), region, GB 11714 organisation code, check character. */
    String creditCode(String region) {
        var org = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            org.append(CREDIT_ALPHABET[random.nextInt(10)]);
        }
        int[] w = {3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (org.charAt(i) - '0') * w[i];
        }
        int c = 11 - sum % 11;
        org.append(c == 10 ? 'X' : c == 11 ? '0' : (char) ('0' + c));
        var body = "91" + region + org;
        int total = 0;
        for (int i = 0; i < 17; i++) {
            total += indexOf(body.charAt(i)) * CREDIT_WEIGHTS[i];
        }
        return body + CREDIT_ALPHABET[(31 - total % 31) % 31];
    }

    static int indexOf(char c) {
        for (int i = 0; i < CREDIT_ALPHABET.length; i++) {
            if (CREDIT_ALPHABET[i] == c) {
                return i;
            }
        }
        throw new IllegalArgumentException("not in the credit-code alphabet: " + c);
    }
}
