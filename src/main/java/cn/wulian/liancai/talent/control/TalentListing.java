package cn.wulian.liancai.talent.control;

import cn.wulian.liancai.search.control.IndexedDocument.Column;
import cn.wulian.liancai.search.control.ListRequest;
import cn.wulian.liancai.shared.PageRequest;
import cn.wulian.liancai.talent.entity.Talent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The talent list served by the search index: the columns a talent's document carries, and the
 * list's filters and sort orders ({@link TalentQuery}'s, by the same names) as a {@link
 * ListRequest}. Text filters find words and parts of words ("大学" every university, "wang" every
 * Wang, "mwq" 马伟强 by the pinyin of the name) rather than any run of characters; names sort in
 * pinyin order. Picked rows ({@code ids}) are the database's to list ({@link #servedByIndex}).
 */
public final class TalentListing {

    /** the text columns a filter of the same name matches */
    static final List<String> TEXT_COLUMNS = List.of("school", "major", "city", "employer", "title", "village", "expertise");

    private TalentListing() {
    }

    /** what a talent's row is filtered and sorted by */
    static Map<String, Column> columns(Talent t) {
        Map<String, Column> columns = new HashMap<>();
        columns.put("school", Column.text(t.getSchool()));
        columns.put("major", Column.text(t.getMajor()));
        columns.put("city", Column.text(t.getCity()));
        columns.put("employer", Column.text(t.getEmployer()));
        columns.put("title", Column.text(t.getTitle()));
        columns.put("village", Column.text(t.getVillage()));
        columns.put("expertise", Column.text(String.join(" ", t.getExpertise())));
        columns.put("birthYear", Column.number(t.getBirthYear() == null ? null : t.getBirthYear().longValue()));
        columns.put("degree", Column.rank(t.getDegree()));
        columns.put("stage", Column.rank(t.getStage()));
        // found by its code or its name, sorted by its code as the database list sorts it
        columns.put("township", t.getTownship() == null ? null
                : new Column(t.getTownship().getCode() + " " + t.getTownship().getName(), t.getTownship().getCode()));
        return columns;
    }

    /**
     * Whether the index answers this list: all but the rows picked by id (an export of a selection, a
     * few rows the database finds at once) and the places exactly as spelt ({@code cities},
     * {@code villages}: the office's figures link to the records they counted, by the database's values),
     * and the returnees of a year ({@code returned}, a date the index does not hold).
     */
    public static boolean servedByIndex(PageRequest request) {
        return request.filter("ids") == null && request.filter("cities") == null && request.filter("villages") == null
                && request.filter("returned") == null;
    }

    /** the list page's request, for the index (the grants are the caller's, set by the index) */
    public static ListRequest of(PageRequest r) {
        ListRequest.Builder list = ListRequest.of(TalentDocuments.TYPE)
                .match(ListRequest.TITLE, r.filter("name")).match(ListRequest.ANY, r.filter("q"))
                .code("stage", r.filter("stage")).code("degree", r.filter("degree")).exact("liaison", r.filter("liaison"));
        TEXT_COLUMNS.forEach(column -> list.match(column, r.filter(column)));
        String township = r.filter("township");
        if (ListRequest.NONE.equals(township)) {
            list.exact("township", ListRequest.NONE);
        } else {
            list.match("township", township);
        }
        String sort = switch (r.sortField() == null ? "" : r.sortField()) {
            case "name" -> ListRequest.TITLE;
            case "birthYear", "degree", "school", "city", "employer", "stage", "township" -> r.sortField();
            case "updatedAt" -> ListRequest.CHANGED;
            default -> null;
        };
        return list.build(sort, r.ascending(), r.offset(), r.limit());
    }
}
