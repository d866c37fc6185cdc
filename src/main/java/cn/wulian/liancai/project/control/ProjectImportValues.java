package cn.wulian.liancai.project.control;

import cn.wulian.liancai.shared.imports.control.CellValues;
import cn.wulian.liancai.shared.imports.control.ImportField;
import cn.wulian.liancai.shared.imports.control.Parsed;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the columns of a project spreadsheet are called, and how a sum of money is written in one.
 * The first recommender (a talent, a staff member or an outsider, with the reward) and the
 * milestones are entered on the project's page: their rules need a person's choice.
 */
public final class ProjectImportValues {

    public static final String NOT_AMOUNT = "import.value.amount";

    /** the template's columns, in its order; the sums are in yuan unless a cell says 万 or 亿 */
    public static final List<ImportField> FIELDS = List.of(
            new ImportField("title", "项目名称", "Project", List.of("项目", "项目全称", "Project name", "Title"), true),
            new ImportField("team", "所属团队", "Team", List.of("团队", "团队名称", "承接团队", "入驻团队", "Team name"), false),
            new ImportField("leadTalent", "领衔人才", "Lead talent", List.of("牵头人才", "项目负责人", "负责人", "领军人才", "引进人才",
                    "Leader", "Lead"), false),
            new ImportField("platform", "所在平台", "Platform", List.of("平台", "平台名称", "入驻平台", "孵化平台", "所属平台", "载体",
                    "Platform code", "Incubator"), false),
            new ImportField("industry", "产业", "Industry", List.of("行业", "所属行业", "产业领域", "产业类别", "领域", "Sector", "Field"), false),
            new ImportField("township", "落地乡镇", "Township", List.of("乡镇", "所在乡镇", "落地镇街", "乡镇（街道）", "所属乡镇", "镇街"), false),
            new ImportField("location", "落地地点", "Location", List.of("地点", "项目地址", "建设地点", "项目选址", "选址", "地址", "Address",
                    "Site"), false),
            new ImportField("plannedInvestment", "计划投资（元）", "Planned investment (yuan)", List.of("计划投资", "计划总投资", "总投资",
                    "投资额", "计划投资额", "投资总额", "Investment", "Total investment"), true),
            new ImportField("actualInvestment", "实际到位（元）", "Actual investment (yuan)", List.of("实际到位", "实际投资", "到位资金",
                    "已到位资金", "实际到位投资", "到位投资", "累计到位", "Invested"), false),
            new ImportField("countyLeader", "包联县领导", "County leader", List.of("县级领导", "包联领导", "联系县领导", "分包县领导", "县领导",
                    "Leader in charge"), true),
            new ImportField("openedOn", "洽谈日期", "Talks began", List.of("开始洽谈日期", "洽谈开始日期", "接洽日期", "首次洽谈", "洽谈时间",
                    "登记日期", "Opened on", "Talks began on"), true),
            new ImportField("description", "项目简介", "Description", List.of("简介", "项目概况", "建设内容", "说明", "备注", "About",
                    "Remarks", "Notes"), false));

    private static final Pattern CURRENCY = Pattern.compile("^(?:人民币|rmb|cny|[¥￥])|(?:人民币|rmb|cny)$", Pattern.CASE_INSENSITIVE);
    /** 3000000, 3,000,000, 3000000.0, 3E+09 (how Excel shows a long number), 300万, 1.2亿元 */
    private static final Pattern AMOUNT = Pattern.compile("(\\d+(?:\\.\\d+)?(?:[eE]\\+?\\d{1,2})?)(亿|万)?元?");
    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);
    private static final BigDecimal YI = BigDecimal.valueOf(100_000_000);

    private ProjectImportValues() {
    }

    /** a sum of yuan as offices write it; whether it fits (cents, size) is the project's own rule */
    public static Parsed<BigDecimal> yuan(String raw) {
        String t = CellValues.text(raw);
        if (t == null) {
            return Parsed.ok(null);
        }
        String plain = CURRENCY.matcher(t.replaceAll("[,，\\s]", "")).replaceAll("");
        Matcher m = AMOUNT.matcher(plain);
        if (!m.matches()) {
            return Parsed.problem(NOT_AMOUNT);
        }
        BigDecimal amount = new BigDecimal(m.group(1));
        if ("万".equals(m.group(2))) {
            amount = amount.multiply(WAN);
        } else if ("亿".equals(m.group(2))) {
            amount = amount.multiply(YI);
        }
        // 3E+09 and 300万 have no cents written: keep the sum plain, as typed on the form
        amount = amount.stripTrailingZeros();
        return Parsed.ok(amount.scale() < 0 ? amount.setScale(0) : amount);
    }
}
