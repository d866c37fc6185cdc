package cn.wulian.liancai.search.boundary;

import cn.wulian.liancai.search.control.SearchHit;

/**
 * One suggestion while typing in the search box: a record's type, id, title and the page that shows it.
 *
 * @param href the record's page, from the application's root ({@code /talents/profile.xhtml?id=7})
 */
public record Suggestion(String type, long id, String title, String href) {

    /** most suggestions shown under the box */
    public static final int MOST = 8;

    static Suggestion of(SearchHit hit) {
        return new Suggestion(hit.type(), hit.id(), hit.title(), page(hit.type()) + ".xhtml?id=" + hit.id());
    }

    /** the page that shows a record of the given type; every one of them takes the record's {@code id} */
    static String page(String type) {
        return switch (type) {
            case "team" -> "/teams/view";
            case "project" -> "/projects/view";
            case "platform" -> "/platforms/view";
            default -> "/talents/profile";
        };
    }
}
