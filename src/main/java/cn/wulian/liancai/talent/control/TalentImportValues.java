package cn.wulian.liancai.talent.control;

import cn.wulian.liancai.place.entity.Township;
import cn.wulian.liancai.search.control.ChineseAnalyzers;
import cn.wulian.liancai.shared.i18n.Messages;
import cn.wulian.liancai.shared.imports.control.CellValues;
import cn.wulian.liancai.shared.imports.control.HeaderGuess;
import cn.wulian.liancai.shared.imports.control.Parsed;
import cn.wulian.liancai.talent.entity.Degree;
import cn.wulian.liancai.talent.entity.Gender;
import cn.wulian.liancai.talent.entity.Stage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the columns of a talent spreadsheet are called and how their words become the registry's
 * values: the template's fields with the names offices give them, and the readers of gender,
 * degree, stage, township and expertise in the forms people type.
 */
public final class TalentImportValues {

    /** one column of the template: the field it fills, its Chinese and English header, other names for it */
    public record Field(String name, String zh, String en, List<String> synonyms) {
    }

    /** the template's columns, in its order */
    public static final List<Field> FIELDS = List.of(
            new Field("name", "姓名", "Name", List.of("名字", "人员姓名", "人才姓名", "Full name")),
            new Field("gender", "性别", "Gender", List.of("Sex")),
            new Field("birthYear", "出生年份", "Birth year", List.of("出生年月", "出生日期", "生日", "出生年", "年份", "Date of birth", "Birth date", "Birthday", "Born")),
            new Field("township", "乡镇", "Township", List.of("乡镇（街道）", "乡镇街道", "所属乡镇", "籍贯", "家乡", "户籍乡镇", "户籍地", "原籍", "Hometown")),
            new Field("village", "村（社区）", "Village", List.of("村", "社区", "村居", "村庄", "所属村", "Community")),
            new Field("degree", "学历", "Degree", List.of("最高学历", "学位", "文化程度", "学历学位", "Education")),
            new Field("school", "毕业院校", "School", List.of("毕业学校", "院校", "学校", "毕业院校（最高学历）", "University", "College")),
            new Field("major", "专业", "Major", List.of("所学专业", "专业方向", "Subject")),
            new Field("graduationYear", "毕业年份", "Graduation year", List.of("毕业时间", "毕业年月", "毕业日期", "Graduated")),
            new Field("city", "现居城市", "City", List.of("现居住地", "所在城市", "工作地", "工作城市", "现居地", "居住地", "常住地", "Current city", "Location")),
            new Field("employer", "工作单位", "Employer", List.of("单位", "现工作单位", "就职单位", "所在单位", "工作单位及职务", "公司", "Company", "Organisation", "Organization")),
            new Field("title", "职务职称", "Title", List.of("职务", "职称", "职位", "岗位", "Position", "Job title")),
            new Field("expertise", "专长", "Expertise", List.of("特长", "专业特长", "研究方向", "擅长领域", "技能", "Skills")),
            new Field("phone", "手机", "Mobile", List.of("手机号", "手机号码", "联系电话", "电话", "联系方式", "移动电话", "Phone", "Mobile phone", "Tel", "Telephone")),
            new Field("email", "邮箱", "E-mail", List.of("电子邮箱", "电子邮件", "邮件", "Email", "Mail")),
            new Field("wechat", "微信", "WeChat", List.of("微信号", "Wechat ID", "WeChat ID")),
            new Field("stage", "阶段", "Stage", List.of("对接阶段", "状态", "Status")),
            new Field("returnedOn", "返乡日期", "Returned on", List.of("返乡时间", "回乡日期", "回乡时间", "返乡创业时间", "Return date", "Returned")),
            new Field("referrerName", "推荐人", "Referrer", List.of("推荐人姓名", "介绍人", "Referred by")),
            new Field("notes", "备注", "Notes", List.of("说明", "Remarks", "Comment", "Comments")));

    /**
     * Degree words, most specific first: 博士研究生 is a doctorate before it is a 研究生, 大学专科 an
     * associate before it is 大学. "High school" is the register's "high school or below", so
     * 中专, 职高, 技校, 初中 and 小学 read as it; a postdoc holds a doctorate. 研究生 alone is a
     * master, as on Chinese forms.
     */
    private static final Map<String, Degree> DEGREE_WORDS = degreeWords();
    private static final Map<String, Degree> DEGREE_LABELS = labels(Degree.class);
    private static final Map<String, Stage> STAGE_LABELS = labels(Stage.class);
    private static final Pattern DEGREE_NOISE = Pattern.compile("全日制|非全日制|在职|统招|学历|学位|毕业|在读|及以上|[\\s.'’()（）]");
    private static final Pattern EXPERTISE_SEPARATORS = Pattern.compile("[、，,；;/|\\n\\r]+");
    private static final Pattern SPACE_BETWEEN_CHINESE = Pattern.compile("(?<=\\p{IsHan}) (?=\\p{IsHan})");
    private static final List<String> TOWNSHIP_SUFFIXES = List.of("旅游风景区", "风景区", "开发区", "街道办事处", "街道办", "街道", "镇", "乡");
    private static final List<String> ENGLISH_SUFFIXES = List.of(" subdistrict", " township", " town");

    private TalentImportValues() {
    }

    /** field name → its headers and synonyms, in template order, for {@link HeaderGuess#guess} */
    public static Map<String, List<String>> synonymsByField() {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (Field f : FIELDS) {
            List<String> names = new ArrayList<>();
            names.add(f.zh());
            names.add(f.en());
            names.addAll(f.synonyms());
            map.put(f.name(), List.copyOf(names));
        }
        return map;
    }

    public static Parsed<Gender> gender(String raw) {
        String t = word(raw);
        if (t == null) {
            return Parsed.ok(null);
        }
        return switch (t) {
            case "男", "男性", "m", "male", "man", "先生" -> Parsed.ok(Gender.M);
            case "女", "女性", "f", "female", "woman", "女士" -> Parsed.ok(Gender.F);
            default -> Parsed.problem("import.value.gender");
        };
    }

    public static Parsed<Degree> degree(String raw) {
        String t = word(raw);
        if (t == null) {
            return Parsed.ok(null);
        }
        Degree named = DEGREE_LABELS.get(t);
        if (named != null) {
            return Parsed.ok(named);
        }
        String core = DEGREE_NOISE.matcher(t).replaceAll("");
        for (Map.Entry<String, Degree> w : DEGREE_WORDS.entrySet()) {
            boolean english = w.getKey().chars().allMatch(c -> c < 128);
            if (english ? core.equals(w.getKey()) || core.startsWith(w.getKey() + "of") : core.contains(w.getKey())) {
                return Parsed.ok(w.getValue());
            }
        }
        return Parsed.problem("import.value.degree");
    }

    private static Map<String, Degree> degreeWords() {
        Map<String, Degree> m = new LinkedHashMap<>();
        m.put("中等专科", Degree.HIGH_SCHOOL); // 中专 spelled out, before 专科 takes it
        for (String w : List.of("博士", "博后", "phd", "dphil", "doctorate", "doctor", "postdoc")) {
            m.put(w, Degree.DOCTORATE);
        }
        for (String w : List.of("硕士", "研究生", "mba", "mpa", "emba", "mph", "master", "masters", "msc", "ma", "meng", "mphil", "llm")) {
            m.put(w, Degree.MASTER);
        }
        for (String w : List.of("大专", "专科", "高职", "associate", "diploma")) {
            m.put(w, Degree.ASSOCIATE);
        }
        for (String w : List.of("本科", "学士", "大学", "bachelor", "bachelors", "ba", "bsc", "beng", "bs", "undergraduate")) {
            m.put(w, Degree.BACHELOR);
        }
        for (String w : List.of("高中", "中专", "职高", "技校", "中技", "初中", "小学", "highschool", "secondary", "middleschool")) {
            m.put(w, Degree.HIGH_SCHOOL);
        }
        return m;
    }

    /**
     * The stage words of the office's own lists, beside the labels: "已返乡" for 已返乡/投资 (a register
     * writes one or the other), "对接中" for 深度对接, "暂停" for 暂停联系 …
     */
    private static final Map<String, Stage> STAGE_WORDS = Map.ofEntries(
            Map.entry("识别", Stage.IDENTIFIED), Map.entry("待联系", Stage.IDENTIFIED), Map.entry("未联系", Stage.IDENTIFIED),
            Map.entry("联系", Stage.CONTACTED), Map.entry("联系中", Stage.CONTACTED), Map.entry("已联络", Stage.CONTACTED),
            Map.entry("对接", Stage.ENGAGED), Map.entry("对接中", Stage.ENGAGED), Map.entry("洽谈中", Stage.ENGAGED), Map.entry("已对接", Stage.ENGAGED),
            Map.entry("已返乡", Stage.RETURNED), Map.entry("返乡", Stage.RETURNED), Map.entry("已回乡", Stage.RETURNED), Map.entry("回乡", Stage.RETURNED),
            Map.entry("已投资", Stage.RETURNED), Map.entry("投资", Stage.RETURNED), Map.entry("返乡创业", Stage.RETURNED), Map.entry("已返乡创业", Stage.RETURNED),
            Map.entry("已返乡投资", Stage.RETURNED),
            Map.entry("暂停", Stage.INACTIVE), Map.entry("停止联系", Stage.INACTIVE), Map.entry("不再联系", Stage.INACTIVE), Map.entry("暂停对接", Stage.INACTIVE));

    /** the enum's Chinese or English label (as on the pages), its name or a stage word; blank: null, and the caller takes the default */
    public static Parsed<Stage> stage(String raw) {
        String t = word(raw);
        if (t == null) {
            return Parsed.ok(null);
        }
        Stage s = STAGE_LABELS.getOrDefault(t, STAGE_WORDS.get(t));
        return s == null ? Parsed.problem("import.value.stage") : Parsed.ok(s);
    }

    /**
     * A talent's hometown: a township of the county, or a place outside it as the form records it
     * (no township, the place in 村（社区）/ 县外籍贯: {@code outside} is "" for 县外 / 未知 or -, the place
     * for one that names a city or county, 日照市东港区). What is neither is refused, saying how to
     * write a place outside; a township misspelt (洪凝区) is not taken for one.
     */
    public record Hometown(Township township, String outside) {
    }

    public static Parsed<Hometown> hometown(String raw, List<Township> all) {
        Parsed<Township> read = township(raw, all);
        if (read.problem() == null) {
            return Parsed.ok(read.value() == null ? null : new Hometown(read.value(), null));
        }
        String outside = outsideCounty(word(raw), raw, all);
        return outside == null ? Parsed.problem("import.value.hometown") : Parsed.ok(new Hometown(null, outside));
    }

    /** what says a hometown is outside the county or not known: the form's own 县外 / 未知 among them */
    private static final Set<String> OUTSIDE_WORDS = Set.of("县外", "县外/未知", "外县", "县外籍贯", "未知", "不详", "无", "-", "—",
            "/", "outsidecounty", "outsidethecounty", "unknown", "n/a");
    private static final Pattern PLACE_OUTSIDE = Pattern.compile(".*(省|市|区|县|州|盟|旗).*");

    /** the place outside the county the text names ("" for a word that names none), null when it is no such place */
    private static String outsideCounty(String t, String raw, List<Township> all) {
        if (OUTSIDE_WORDS.contains(t.replace(" ", ""))) {
            return "";
        }
        boolean namesOurs = t.contains("五莲") || all.stream().map(tw -> word(tw.getName())).filter(Objects::nonNull)
                .anyMatch(name -> t.contains(withoutSuffix(name)));
        return !namesOurs && PLACE_OUTSIDE.matcher(t).matches() ? raw.strip() : null;
    }

    /** each constant by its name and its label in either language (as on the pages), as {@link #word} reads them */
    private static <E extends Enum<E>> Map<String, E> labels(Class<E> type) {
        Map<String, E> labels = new LinkedHashMap<>();
        for (E e : type.getEnumConstants()) {
            String key = "enum." + type.getSimpleName() + "." + e.name();
            labels.put(word(e.name()), e);
            labels.put(word(Messages.text(Messages.CHINESE, key)), e);
            labels.put(word(Messages.text(Locale.ENGLISH, key)), e);
        }
        return Map.copyOf(labels);
    }

    /**
     * A township of the county by its statistics code, its name, its name without the 镇/街道/乡/
     * 开发区 ending (洪凝 for 洪凝街道, also when typed 洪凝镇), its English name with or without
     * "Town", or an address that names exactly one of them ("五莲县街头镇北村").
     */
    public static Parsed<Township> township(String raw, List<Township> all) {
        String t = word(raw);
        if (t == null) {
            return Parsed.ok(null);
        }
        String core = withoutSuffix(t);
        List<Township> named = all.stream().filter(tw -> word(tw.getName()) != null).toList();
        for (Township township : named) {
            String name = word(township.getName());
            String english = word(township.getNameEn());
            if (t.equals(township.getCode()) || t.equals(name) || core.equals(withoutSuffix(name))
                    || english != null && (t.equals(english) || core.equals(withoutSuffix(english)))) {
                return Parsed.ok(township);
            }
        }
        List<Township> inAddress = named.stream().filter(tw -> t.contains(word(tw.getName()))).toList();
        return inAddress.size() == 1 ? Parsed.ok(inAddress.getFirst()) : Parsed.problem("import.value.township");
    }

    private static String withoutSuffix(String name) {
        for (String suffix : TOWNSHIP_SUFFIXES) {
            if (name.endsWith(suffix) && name.length() > suffix.length()) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        for (String suffix : ENGLISH_SUFFIXES) {
            if (name.endsWith(suffix)) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    /**
     * Expertise tags: split at 、，,；;/| and line breaks, and at a space between two Chinese words
     * ("人工智能 机器学习"), not inside an English one ("machine learning"); repeats dropped.
     */
    public static List<String> expertise(String raw) {
        if (raw == null) {
            return List.of();
        }
        Set<String> tags = new LinkedHashSet<>();
        for (String part : EXPERTISE_SEPARATORS.split(raw)) {
            String t = CellValues.text(part);
            if (t == null) {
                continue;
            }
            for (String tag : SPACE_BETWEEN_CHINESE.split(t)) {
                String s = CellValues.text(tag);
                if (s != null) {
                    tags.add(s);
                }
            }
        }
        return List.copyOf(tags);
    }

    /** a cell's words as compared: trimmed, lower case, in Simplified characters (潮河鎮 and 已返鄉 are 潮河镇 and 已返乡) */
    private static String word(String raw) {
        return ChineseAnalyzers.simplified(CellValues.word(raw));
    }
}
