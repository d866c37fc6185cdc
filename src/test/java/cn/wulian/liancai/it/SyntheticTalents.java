package cn.wulian.liancai.it;

import cn.wulian.liancai.shared.export.CsvFile;
import cn.wulian.liancai.shared.export.Spreadsheet;
import cn.wulian.liancai.shared.export.Spreadsheet.Column;
import cn.wulian.liancai.shared.persistence.StringListConverter;
import cn.wulian.liancai.talent.entity.DuplicateKeys;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Talent rows as an office's spreadsheet has them, for benchmarks and large-list tests: the
 * talent import template's Chinese headers ({@link #HEADERS}, in that order) and values in the
 * office's words (男/女, 本科, township names, stage labels), reproducible from a seed. Names are
 * drawn from common and rare surnames (单 曾 解 区 仇 朴 查 尉迟 among them), 8 % written in
 * Traditional characters; phones are unique ({@code 1[3-9]} and nine digits that differ for every
 * row). The same rows can be written as CSV or xlsx (through the app's own streaming writers) or
 * inserted by a raw JDBC batch (a benchmark's set-up, not the import path).
 */
public final class SyntheticTalents {

    public static final List<String> HEADERS = List.of("姓名", "性别", "出生年份", "乡镇", "村（社区）", "学历", "毕业院校", "专业", "毕业年份",
            "现居城市", "工作单位", "职务职称", "专长", "手机", "邮箱", "微信", "阶段");

    /** 专长's tags in a cell, as offices type them */
    public static final String TAG_SEPARATOR = "、";

    private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱",
            "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "肖", "田", "董", "袁", "潘",
            "蒋", "蔡", "叶", "程", "苏", "魏", "吕", "丁", "卢", "钟", "陆", "贾", "邹", "龙", "顾", "龚", "万", "钱", "严",
            // rare ones, and the ones read otherwise as surnames (单 shàn, 曾 zēng, 解 xiè, 区 ōu, 仇 qiú, 朴 piáo, 查 zhā)
            "单", "曾", "解", "区", "仇", "朴", "查", "尉迟");
    private static final List<String> GIVEN = List.of("伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛",
            "明", "超", "秀", "霞", "平", "刚", "英", "华", "玉", "萍", "红", "鹏", "辉", "建", "国", "志", "海", "波", "宁", "晓", "文",
            "斌", "宇", "浩", "凯", "鑫", "欣", "佳", "怡", "涵", "轩", "博", "睿", "泽", "昊", "雨", "思", "晨", "梓", "子");
    /** Simplified → Traditional for the characters above that differ */
    private static final Map<Character, Character> TRADITIONAL = pairs(
            "张張刘劉陈陳杨楊黄黃赵趙吴吳孙孫马馬罗羅郑鄭谢謝许許韩韓冯馮邓鄧肖蕭蒋蔣叶葉苏蘇吕呂卢盧钟鍾陆陸贾賈邹鄒龙龍顾顧龚龔万萬钱錢严嚴"
                    + "单單区區迟遲伟偉丽麗强強军軍艳艷杰傑涛濤华華红紅鹏鵬辉輝国國晓曉凯凱轩軒泽澤宁寧刚剛静靜");
    private static final List<String> VILLAGES = List.of("高家岭村", "石场村", "东山村", "西河社区", "南庄村", "北岭村", "大村", "小河崖村",
            "前街社区", "后坡村", "王家庄村", "李家沟村");
    private static final List<String> DEGREES = List.of("本科", "本科", "本科", "硕士", "硕士", "博士", "大专", "大专");
    private static final List<String> SCHOOLS = List.of("山东大学", "中国海洋大学", "清华大学", "北京大学", "浙江大学", "复旦大学", "青岛大学",
            "曲阜师范大学", "日照职业技术学院", "山东科技大学", "哈尔滨工业大学", "中国石油大学（华东）", "济南大学", "临沂大学");
    private static final List<String> MAJORS = List.of("计算机科学与技术", "软件工程", "机械设计制造及其自动化", "化学工程与工艺", "海洋生物学",
            "会计学", "金融学", "法学", "临床医学", "土木工程", "电气工程及其自动化", "材料科学与工程", "汉语言文学", "农学");
    private static final List<String> CITIES = List.of("北京", "上海", "深圳", "广州", "杭州", "青岛", "济南", "日照", "南京", "苏州",
            "天津", "成都", "武汉", "西安");
    private static final List<String> EMPLOYERS = List.of("华为技术有限公司", "万华化学集团", "海尔集团", "青岛啤酒股份有限公司", "浪潮集团",
            "日照港集团", "山东钢铁集团日照有限公司", "腾讯科技", "阿里巴巴", "中国银行日照分行", "五莲县人民医院", "山东大学",
            "比亚迪股份有限公司", "京东方科技集团");
    private static final List<String> TITLES = List.of("工程师", "高级工程师", "项目经理", "副教授", "教授", "主治医师", "研究员", "总经理",
            "技术总监", "会计师", "律师", "技术员");
    private static final List<String> SKILLS = List.of("人工智能", "机器学习", "石材加工", "海洋养殖", "化工", "新能源", "电子商务",
            "智能制造", "生物医药", "现代农业", "物流", "财务管理", "乡村旅游", "茶叶种植");
    private static final List<String> STAGES = List.of("已识别", "已识别", "已联系", "已联系", "深度对接", "已返乡/投资", "暂停联系");

    private SyntheticTalents() {
    }

    /** {@code n} rows, the same for the same seed; each a map from {@link #HEADERS} (in order) to the cell's text, "" for empty */
    public static Stream<Map<String, String>> rows(int n, long seed) {
        List<String> townships = townships();
        SplittableRandom random = new SplittableRandom(seed);
        // one generator per row, split in order: row k is the same whatever is drawn for the others
        return IntStream.range(0, n).mapToObj(k -> row(k, random.split(), townships));
    }

    private static Map<String, String> row(int k, SplittableRandom r, List<String> townships) {
        Map<String, String> row = new LinkedHashMap<>();
        int birth = 1960 + r.nextInt(44);
        row.put("姓名", name(r));
        row.put("性别", r.nextBoolean() ? "男" : "女");
        row.put("出生年份", String.valueOf(birth));
        row.put("乡镇", r.nextInt(10) == 0 ? "" : pick(r, townships));
        row.put("村（社区）", r.nextInt(3) == 0 ? "" : pick(r, VILLAGES));
        row.put("学历", pick(r, DEGREES));
        row.put("毕业院校", pick(r, SCHOOLS));
        row.put("专业", pick(r, MAJORS));
        row.put("毕业年份", String.valueOf(birth + 22 + r.nextInt(4)));
        row.put("现居城市", pick(r, CITIES));
        row.put("工作单位", pick(r, EMPLOYERS));
        row.put("职务职称", pick(r, TITLES));
        row.put("专长", r.nextInt(5) == 0 ? "" : pick(r, SKILLS) + (r.nextBoolean() ? TAG_SEPARATOR + pick(r, SKILLS) : ""));
        // nine digits that are a bijection of k (773,000,003 is prime to 10⁹): unique for up to a billion rows
        row.put("手机", "1" + (3 + r.nextInt(7)) + String.format("%09d", (k * 773_000_003L + 12_345_678L) % 1_000_000_000L));
        row.put("邮箱", r.nextInt(3) == 0 ? "" : "talent" + k + "@" + pick(r, List.of("163.com", "qq.com", "126.com", "sina.com")));
        row.put("微信", r.nextInt(5) < 2 ? "" : "wx_" + Integer.toString(k, 36) + "_" + r.nextInt(1000));
        row.put("阶段", pick(r, STAGES));
        return row;
    }

    private static String name(SplittableRandom r) {
        String name = pick(r, SURNAMES) + pick(r, GIVEN) + (r.nextInt(3) == 0 ? "" : pick(r, GIVEN));
        if (r.nextInt(100) < 8) {
            StringBuilder traditional = new StringBuilder();
            name.chars().forEach(c -> traditional.append(TRADITIONAL.getOrDefault((char) c, (char) c)));
            return traditional.toString();
        }
        return name;
    }

    /** the rows as the office's CSV: UTF-8 with a BOM, the template's headers */
    public static void writeCsv(Path file, int n, long seed) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            CsvFile.write(columns(), iterable(n, seed), out);
        }
    }

    /** rows {@code from} to {@code from + n - 1} of the seed's rows as CSV: one of several files of one large registry */
    public static void writeCsv(Path file, int from, int n, long seed) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            CsvFile.write(columns(), () -> rows(from + n, seed).skip(from).iterator(), out);
        }
    }

    /** the rows as the office's workbook, written row by row (SXSSF) */
    public static void writeXlsx(Path file, int n, long seed) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Spreadsheet.write(List.of(new Spreadsheet.Worksheet<>("人才", columns(), iterable(n, seed))), out);
        }
    }

    private static List<Column<Map<String, String>>> columns() {
        return HEADERS.stream().map(h -> new Column<Map<String, String>>(h, row -> row.get(h).isEmpty() ? null : row.get(h))).toList();
    }

    private static Iterable<Map<String, String>> iterable(int n, long seed) {
        return () -> rows(n, seed).iterator();
    }

    /**
     * The rows inserted into the app's {@code talent} table by a raw JDBC batch, a commit per
     * thousand (a benchmark's set-up, with the app stopped): labels turned into the stored codes,
     * townships by name, the duplicate keys computed as the app computes them. Returns the rows inserted.
     */
    public static int insert(Connection c, int n, long seed) throws SQLException {
        return insert(c, n, seed, null);
    }

    /**
     * As {@link #insert(Connection, int, long)}, the rows marked as one import's, as the app's import
     * stores them (an {@code import_batch} row, and its id on every talent): the same rows as the app's.
     */
    public static int insertAsImport(Connection c, int n, long seed) throws SQLException {
        long importId;
        try (PreparedStatement batch = c.prepareStatement("INSERT INTO import_batch (kind, file_name, mode, status, total_rows, done_rows,"
                + " added, held, invalid, removed, created_by, created_at, version) VALUES ('TALENT', 'synthetic.csv', 'VALID_ROWS', 'DONE',"
                + " ?, ?, ?, 0, 0, 0, 'bench', ?, 1)", java.sql.Statement.RETURN_GENERATED_KEYS)) {
            batch.setInt(1, n);
            batch.setInt(2, n);
            batch.setInt(3, n);
            batch.setTimestamp(4, Timestamp.from(Instant.now()));
            batch.executeUpdate();
            try (ResultSet keys = batch.getGeneratedKeys()) {
                keys.next();
                importId = keys.getLong(1);
            }
        }
        return insert(c, n, seed, importId);
    }

    private static int insert(Connection c, int n, long seed, Long importId) throws SQLException {
        Map<String, Long> townshipIds = new HashMap<>();
        try (ResultSet rs = c.createStatement().executeQuery("SELECT id, name FROM township")) {
            while (rs.next()) {
                townshipIds.put(rs.getString(2), rs.getLong(1));
            }
        }
        Map<String, String> codes = Map.ofEntries(Map.entry("男", "M"), Map.entry("女", "F"), Map.entry("本科", "BACHELOR"),
                Map.entry("硕士", "MASTER"), Map.entry("博士", "DOCTORATE"), Map.entry("大专", "ASSOCIATE"), Map.entry("已识别", "IDENTIFIED"),
                Map.entry("已联系", "CONTACTED"), Map.entry("深度对接", "ENGAGED"), Map.entry("已返乡/投资", "RETURNED"), Map.entry("暂停联系", "INACTIVE"));
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        int done = 0;
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO talent (name, gender, birth_year, township_id, village, degree, school,"
                + " major, graduation_year, city, employer, title, expertise, phone, email, wechat, stage, created_at, updated_at,"
                + " name_key, phone_key, email_key, wechat_key, import_id, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
            Iterator<Map<String, String>> rows = rows(n, seed).iterator();
            while (rows.hasNext()) {
                Map<String, String> row = rows.next();
                insert.setString(1, row.get("姓名"));
                insert.setString(2, codes.get(row.get("性别")));
                insert.setInt(3, Integer.parseInt(row.get("出生年份")));
                Long township = townshipIds.get(row.get("乡镇"));
                if (township == null) {
                    insert.setNull(4, Types.BIGINT);
                } else {
                    insert.setLong(4, township);
                }
                insert.setString(5, blankAsNull(row.get("村（社区）")));
                insert.setString(6, codes.get(row.get("学历")));
                insert.setString(7, row.get("毕业院校"));
                insert.setString(8, row.get("专业"));
                insert.setInt(9, Integer.parseInt(row.get("毕业年份")));
                insert.setString(10, row.get("现居城市"));
                insert.setString(11, row.get("工作单位"));
                insert.setString(12, row.get("职务职称"));
                insert.setString(13, blankAsNull(String.join(StringListConverter.SEPARATOR,
                        Arrays.stream(row.get("专长").split(TAG_SEPARATOR)).filter(s -> !s.isEmpty()).toList())));
                insert.setString(14, row.get("手机"));
                insert.setString(15, blankAsNull(row.get("邮箱")));
                insert.setString(16, blankAsNull(row.get("微信")));
                insert.setString(17, codes.get(row.get("阶段")));
                insert.setTimestamp(18, now);
                insert.setTimestamp(19, now);
                // the duplicate keys the app stores with every talent (indexed): the same rows, as the app writes them
                insert.setString(20, DuplicateKeys.nameKey(row.get("姓名")));
                insert.setString(21, DuplicateKeys.phoneKey(row.get("手机")));
                insert.setString(22, DuplicateKeys.emailKey(blankAsNull(row.get("邮箱"))));
                insert.setString(23, DuplicateKeys.wechatKey(blankAsNull(row.get("微信"))));
                if (importId == null) {
                    insert.setNull(24, Types.BIGINT);
                } else {
                    insert.setLong(24, importId);
                }
                insert.addBatch();
                if (++done % 1000 == 0) {
                    insert.executeBatch();
                    c.commit();
                }
            }
            insert.executeBatch();
            c.commit();
        } finally {
            c.setAutoCommit(autoCommit);
        }
        return done;
    }

    private static String blankAsNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static String pick(SplittableRandom r, List<String> from) {
        return from.get(r.nextInt(from.size()));
    }

    private static List<String> townships() {
        try (Stream<String> lines = Files.lines(Path.of("data-seed", "townships.csv"))) {
            return lines.skip(1).map(l -> l.split(",")[1]).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<Character, Character> pairs(String simplifiedTraditional) {
        Map<Character, Character> map = new HashMap<>();
        for (int i = 0; i + 1 < simplifiedTraditional.length(); i += 2) {
            map.put(simplifiedTraditional.charAt(i), simplifiedTraditional.charAt(i + 1));
        }
        return map;
    }
}
