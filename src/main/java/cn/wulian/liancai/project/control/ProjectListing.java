package cn.wulian.liancai.project.control;

import cn.wulian.liancai.project.entity.Project;
import cn.wulian.liancai.search.control.IndexedDocument.Column;
import cn.wulian.liancai.search.control.ListRequest;
import cn.wulian.liancai.shared.PageRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The project list served by the search index: a project's columns, and {@link ProjectQuery}'s
 * filters and sorts by the same names as a {@link ListRequest}. The flags (黄牌, 红牌, 挂牌) are
 * computed from each project's history, and rows picked by id are few: both stay the database's.
 */
public final class ProjectListing {

    private ProjectListing() {
    }

    static Map<String, Column> columns(Project p) {
        Map<String, Column> columns = new HashMap<>();
        columns.put("plannedInvestment", money(p.getPlannedInvestment()));
        columns.put("actualInvestment", money(p.getActualInvestment()));
        columns.put("stage", Column.rank(p.getStage()));
        columns.put("openedOn", day(p.getOpenedOn()));
        columns.put("stageSince", day(p.getStageSince()));
        columns.put("countyLeader", Column.text(p.getCountyLeader()));
        columns.put("industry", Column.text(p.getIndustry()));
        return columns;
    }

    /** in fen: exact for every amount of yuan the budget rules allow */
    private static Column money(BigDecimal amount) {
        return amount == null ? null : Column.number(amount.movePointRight(2).longValue());
    }

    private static Column day(LocalDate day) {
        return day == null ? null : Column.number(day.toEpochDay());
    }

    public static boolean servedByIndex(PageRequest request) {
        return request.filter("flag") == null && request.filter("ids") == null;
    }

    public static ListRequest of(PageRequest r) {
        String sort = switch (r.sortField() == null ? "" : r.sortField()) {
            case "title" -> ListRequest.TITLE;
            case "plannedInvestment", "actualInvestment", "stage", "openedOn", "stageSince", "countyLeader", "industry" -> r.sortField();
            case "updatedAt" -> ListRequest.CHANGED;
            default -> null;
        };
        String platform = r.filter("platform");
        return ListRequest.of(ProjectDocuments.TYPE)
                .exact("platform", "none".equals(platform) ? ListRequest.NONE : platform)
                .code("stage", r.filter("stage")).exact("industry", r.filter("industry")).exact("countyLeader", r.filter("countyLeader"))
                .exact("township", r.filter("township")).exact("team", r.filter("team")).match(ListRequest.ANY, r.filter("q"))
                .build(sort, r.ascending(), r.offset(), r.limit());
    }
}
