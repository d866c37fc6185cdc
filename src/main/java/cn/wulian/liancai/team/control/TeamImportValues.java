package cn.wulian.liancai.team.control;

import cn.wulian.liancai.platform.entity.Platform;
import cn.wulian.liancai.shared.imports.control.CellValues;
import cn.wulian.liancai.shared.imports.control.ImportField;
import cn.wulian.liancai.shared.imports.control.Parsed;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What the columns of a team spreadsheet are called, and how a platform is named in one. Members,
 * intellectual property and financing rounds are lists that a row of a spreadsheet does not hold
 * well: they are entered on the team's page.
 */
public final class TeamImportValues {

    /** the template's columns, in its order; name and platform are required */
    public static final List<ImportField> FIELDS = List.of(
            new ImportField("name", "团队名称", "Team name", List.of("团队", "团队名", "团队全称", "创业团队", "Team", "Name"), true),
            new ImportField("platform", "所在平台", "Platform", List.of("平台", "平台名称", "入驻平台", "孵化平台", "所属平台", "载体",
                    "双创平台", "平台代码", "Platform code", "Incubator"), true),
            new ImportField("leader", "负责人", "Leader", List.of("团队负责人", "带头人", "团队带头人", "领军人才", "领衔人才", "负责人姓名",
                    "Team leader", "Lead"), false),
            new ImportField("field", "领域", "Field", List.of("产业领域", "所属领域", "技术领域", "行业", "所属行业", "产业", "Industry", "Sector"), false),
            new ImportField("foundedOn", "成立日期", "Founded on", List.of("成立时间", "组建时间", "组建日期", "注册日期", "注册时间",
                    "Founded", "Date founded"), false),
            new ImportField("headcount", "人数", "Headcount", List.of("团队人数", "成员人数", "员工人数", "人员数量", "Team size", "Staff",
                    "Members"), false),
            new ImportField("companyName", "公司名称", "Company", List.of("企业名称", "注册公司", "公司", "企业", "运营主体", "Company name",
                    "Enterprise"), false),
            new ImportField("creditCode", "统一社会信用代码", "Credit code", List.of("信用代码", "社会信用代码", "统一信用代码", "USCC",
                    "Unified social credit code"), false),
            new ImportField("incubationStart", "入孵日期", "Incubation start", List.of("入驻日期", "入驻时间", "入孵时间", "孵化开始日期",
                    "协议开始日期", "Incubation from"), false),
            new ImportField("incubationEnd", "孵化截止日期", "Incubation end", List.of("孵化到期日", "孵化结束日期", "协议到期日",
                    "协议截止日期", "出孵日期", "Incubation until"), false),
            new ImportField("description", "简介", "Description", List.of("团队简介", "情况简介", "基本情况", "说明", "备注", "About",
                    "Remarks", "Notes"), false));

    private TeamImportValues() {
    }

    /**
     * A platform by its code, its name or its English name, or by a part of its name that fits it
     * alone ("市北双创" for 市北双创孵化中心, "中科院" for 中科院知识产权小镇), or a longer text
     * naming exactly one ("法桐小院众创空间").
     */
    public static Parsed<Platform> platform(String raw, List<Platform> all) {
        String t = CellValues.word(raw);
        if (t == null) {
            return Parsed.ok(null);
        }
        for (Platform p : all) {
            if (t.equals(CellValues.word(p.getCode())) || t.equals(CellValues.word(p.getName())) || t.equals(CellValues.word(p.getNameEn()))) {
                return Parsed.ok(p);
            }
        }
        // two characters at least: one character fits too many names to mean one
        List<Platform> partly = t.length() < 2 ? List.of() : all.stream().filter(p -> Stream.of(p.getName(), p.getNameEn())
                .map(CellValues::word).filter(Objects::nonNull).anyMatch(n -> n.contains(t) || t.contains(n))).toList();
        return partly.size() == 1 ? Parsed.ok(partly.getFirst()) : Parsed.problem("import.value.platform");
    }
}
