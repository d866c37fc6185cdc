package cn.wulian.liancai.team.control;

import cn.wulian.liancai.search.control.IndexedDocument.Column;
import cn.wulian.liancai.search.control.ListRequest;
import cn.wulian.liancai.shared.PageRequest;
import cn.wulian.liancai.team.entity.Team;
import java.util.HashMap;
import java.util.Map;

/**
 * The team list served by the search index: a team's columns, and {@link TeamQuery}'s filters and
 * sorts by the same names as a {@link ListRequest}. A manager's list needs no filter of its own:
 * the index gives them only their platform's teams.
 */
public final class TeamListing {

    private TeamListing() {
    }

    static Map<String, Column> columns(Team t) {
        Map<String, Column> columns = new HashMap<>();
        columns.put("field", Column.text(t.getField()));
        columns.put("foundedOn", Column.number(t.getFoundedOn() == null ? null : t.getFoundedOn().toEpochDay()));
        columns.put("headcount", Column.number(t.getHeadcount() == null ? null : t.getHeadcount().longValue()));
        columns.put("status", Column.rank(t.getStatus()));
        return columns;
    }

    public static ListRequest of(PageRequest r) {
        String sort = switch (r.sortField() == null ? "" : r.sortField()) {
            case "name" -> ListRequest.TITLE;
            case "foundedOn", "headcount", "status", "field" -> r.sortField();
            case "updatedAt" -> ListRequest.CHANGED;
            default -> null;
        };
        return ListRequest.of(TeamDocuments.TYPE).exact("platform", r.filter("platform")).code("status", r.filter("status"))
                .exact("industry", r.filter("field")).match(ListRequest.ANY, r.filter("q"))
                .build(sort, r.ascending(), r.offset(), r.limit());
    }
}
