package cn.wulian.liancai.search.boundary;

import cn.wulian.liancai.search.control.SearchHit;
import cn.wulian.liancai.search.control.ValueHit;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * One suggestion while typing in the search box: a record (its type, id, title and the page that
 * shows it), or a school or employer that talents the caller may see have, whose link runs a
 * search for it.
 *
 * @param kind {@value #RECORD}, or the facet of a value: {@value #SCHOOL}, {@value #EMPLOYER}
 * @param type a record's type; null for a value
 * @param id a record's id; null for a value
 * @param title the record's title, or the value itself
 * @param href the record's page, or the search for the value, from the application's root ({@code /talents/profile.xhtml?id=7})
 */
public record Suggestion(String kind, String type, Long id, String title, String href) {

    /** most records suggested under the box */
    public static final int MOST = 8;
    /** most schools and employers suggested besides them */
    public static final int MOST_VALUES = 4;
    public static final String RECORD = "record";
    public static final String SCHOOL = "school";
    public static final String EMPLOYER = "employer";

    static Suggestion of(SearchHit hit) {
        return new Suggestion(RECORD, hit.type(), hit.id(), hit.title(), href(hit.type(), hit.id()));
    }

    static Suggestion of(ValueHit value) {
        return new Suggestion(value.facet(), null, null, value.value(), "/search.xhtml?q=" + URLEncoder.encode(query(value.value()),
                StandardCharsets.UTF_8));
    }

    /**
     * The search for a value: the value itself, or as a phrase where it holds anything but letters,
     * digits and spaces ({@code 北京(总部)}, {@code C++}), which the query syntax would otherwise read
     */
    static String query(String value) {
        return value.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || Character.isSpaceChar(c))
                ? value : "\"" + value.replace('"', ' ').replace('\\', ' ') + "\"";
    }

    /** the page that shows a record of the given type, at that record */
    static String href(String type, long id) {
        return switch (type) {
            case "team" -> "/teams/view.xhtml?id=";
            case "project" -> "/projects/view.xhtml?id=";
            case "platform" -> "/platforms/view.xhtml?id=";
            // the policies' page, at the policy; the cycle's page, at the nomination
            case "policy" -> "/policies/list.xhtml?policy=";
            case "application" -> "/applications/view.xhtml?id=";
            case "nomination" -> "/awards/cycle.xhtml?nomination=";
            default -> "/talents/profile.xhtml?id=";
        } + id;
    }
}
