package cn.wulian.liancai.search.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.wulian.liancai.search.control.SearchHit;
import cn.wulian.liancai.search.control.ValueHit;
import org.junit.jupiter.api.Test;

/** Where a suggestion leads: a record to its page, at the record; a school or employer to the search for it. */
class SuggestionTest {

    @Test
    void aRecordLeadsToThePageThatShowsIt() {
        assertEquals("/talents/profile.xhtml?id=7", Suggestion.of(new SearchHit("talent", 7, "马伟", "", 1)).href());
        assertEquals("/teams/view.xhtml?id=3", Suggestion.href("team", 3));
        assertEquals("/policies/list.xhtml?policy=4", Suggestion.href("policy", 4));
        assertEquals("/applications/view.xhtml?id=5", Suggestion.href("application", 5));
        assertEquals("/awards/cycle.xhtml?nomination=6", Suggestion.href("nomination", 6));
        assertEquals(Suggestion.RECORD, Suggestion.of(new SearchHit("team", 3, "星火团队", "", 1)).kind());
    }

    @Test
    void aValueLeadsToTheSearchForIt() {
        Suggestion school = Suggestion.of(new ValueHit("school", "山东大学", 3));
        assertEquals("school", school.kind());
        assertNull(school.type());
        assertNull(school.id());
        assertEquals("山东大学", school.title());
        assertEquals("/search.xhtml?q=%E5%B1%B1%E4%B8%9C%E5%A4%A7%E5%AD%A6", school.href());
        assertEquals("Huawei Technologies", Suggestion.query("Huawei Technologies"));
        // what the query syntax would read otherwise is searched as a phrase
        assertEquals("\"北京(总部)\"", Suggestion.query("北京(总部)"));
        assertEquals("\"C++ \"", Suggestion.query("C++\""));
    }

    @Test
    void thePagesTypedTextIsReadAsUtf8() {
        assertEquals("山东 大学", SuggestServlet.typed("lang=zh&q=%E5%B1%B1%E4%B8%9C+%E5%A4%A7%E5%AD%A6"));
        assertNull(SuggestServlet.typed("lang=zh"));
        assertNull(SuggestServlet.typed(null));
        assertNull(SuggestServlet.typed("q=%E"), "a cut-off escape is nothing typed");
    }
}
