package cn.wulian.liancai.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NavSectionTest {

    @ParameterizedTest
    @CsvSource({
            "/talents/list.xhtml, talents", "/talents/profile.xhtml, talents", "/talents/merge.xhtml, talents",
            "/followups.xhtml, followups", "/teams/view.xhtml, teams", "/awards/cycles.xhtml, awards",
            "/awards/nominate.xhtml, awards", "/awards/reviews.xhtml, reviews", "/awards/review.xhtml, reviews",
            "/accounts/list.xhtml, accounts", "/accounts/password.xhtml, ownAccount", "/admin/search-index.xhtml, searchIndex",
            "/ranking.xhtml, ranking", "/index.xhtml, home", "/workbench.xhtml, workbench", "/awards/compare.xhtml, reviews",
    })
    void aPageBelongsToTheEntryOfItsFolder(String viewId, String entry) {
        assertEquals(entry, NavSection.of(viewId));
    }

    @ParameterizedTest
    @CsvSource({"/login.xhtml", "/error.xhtml", "/rankingx"})
    void aPageNoEntryLeadsToMarksNone(String viewId) {
        assertEquals("", NavSection.of(viewId));
    }
}
