package cn.wulian.liancai.talent.control;

import cn.wulian.liancai.place.entity.Township;
import cn.wulian.liancai.shared.imports.control.Parsed;
import cn.wulian.liancai.talent.entity.Degree;
import cn.wulian.liancai.talent.entity.Gender;
import cn.wulian.liancai.talent.entity.Stage;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** STAND-IN until the reading branch lands */
public final class TalentImportValues {

    public record Field(String name, String zh, String en, List<String> synonyms) {
    }

    public static final List<Field> FIELDS = List.of(
            new Field("name", "姓名", "Name", List.of("姓名", "Name")),
            new Field("gender", "性别", "Gender", List.of("性别", "Gender")),
            new Field("birthYear", "出生年份", "Birth year", List.of("出生年份", "Birth year")),
            new Field("township", "乡镇", "Township", List.of("乡镇", "Township")),
            new Field("village", "村（社区）", "Village", List.of("村（社区）", "Village")),
            new Field("degree", "学历", "Degree", List.of("学历", "Degree")),
            new Field("school", "毕业院校", "School", List.of("毕业院校", "School")),
            new Field("major", "专业", "Major", List.of("专业", "Major")),
            new Field("graduationYear", "毕业年份", "Graduation year", List.of("毕业年份", "Graduation year")),
            new Field("city", "现居城市", "City", List.of("现居城市", "City")),
            new Field("employer", "工作单位", "Employer", List.of("工作单位", "Employer")),
            new Field("title", "职务职称", "Title", List.of("职务职称", "Title")),
            new Field("expertise", "专长", "Expertise", List.of("专长", "Expertise")),
            new Field("phone", "手机", "Mobile", List.of("手机", "Mobile")),
            new Field("email", "邮箱", "E-mail", List.of("邮箱", "E-mail")),
            new Field("wechat", "微信", "WeChat", List.of("微信", "WeChat")),
            new Field("stage", "阶段", "Stage", List.of("阶段", "Stage")),
            new Field("referrerName", "推荐人", "Referred by", List.of("推荐人", "Referred by")),
            new Field("notes", "备注", "Notes", List.of("备注", "Notes")));

    private TalentImportValues() {
    }

    public static Map<String, List<String>> synonymsByField() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        FIELDS.forEach(f -> m.put(f.name(), f.synonyms()));
        return m;
    }

    public static Parsed<Gender> gender(String raw) {
        if (raw == null || raw.isBlank()) { return Parsed.ok(null); }
        return switch (raw.strip()) { case "男" -> Parsed.ok(Gender.M); case "女" -> Parsed.ok(Gender.F); default -> Parsed.problem("import.value.gender"); };
    }

    public static Parsed<Degree> degree(String raw) {
        if (raw == null || raw.isBlank()) { return Parsed.ok(null); }
        return switch (raw.strip()) {
            case "本科" -> Parsed.ok(Degree.BACHELOR); case "硕士" -> Parsed.ok(Degree.MASTER); case "博士" -> Parsed.ok(Degree.DOCTORATE);
            case "大专" -> Parsed.ok(Degree.ASSOCIATE); case "高中" -> Parsed.ok(Degree.HIGH_SCHOOL); default -> Parsed.problem("import.value.degree"); };
    }

    public static Parsed<Stage> stage(String raw) {
        if (raw == null || raw.isBlank()) { return Parsed.ok(null); }
        try { return Parsed.ok(Stage.valueOf(raw.strip())); } catch (IllegalArgumentException e) { return Parsed.problem("import.value.stage"); }
    }

    public static Parsed<Township> township(String raw, List<Township> all) {
        if (raw == null || raw.isBlank()) { return Parsed.ok(null); }
        return all.stream().filter(t -> t.getName().equals(raw.strip()) || t.getCode().equals(raw.strip())).findFirst()
                .map(Parsed::ok).orElse(Parsed.problem("import.value.township"));
    }

    public static List<String> expertise(String raw) {
        return raw == null || raw.isBlank() ? List.of() : Arrays.stream(raw.split("[、，,；;]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
