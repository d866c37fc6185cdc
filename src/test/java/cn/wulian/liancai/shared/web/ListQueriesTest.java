package cn.wulian.liancai.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.wulian.liancai.shared.PageRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ListQueriesTest {

    private static final List<String> FILTERS = List.of("q", "name", "stage", "school");

    @Test
    void aFilteredSortedListIsOneSpellingAndReadsBackAsTheSameRequest() {
        PageRequest shown = new PageRequest(40, 20, "name", false, Map.of("stage", "ENGAGED", "school", "山东 大学&研究院"));
        String query = ListQueries.encode(shown);
        assertEquals("sort=name&order=desc&school=%E5%B1%B1%E4%B8%9C+%E5%A4%A7%E5%AD%A6%26%E7%A0%94%E7%A9%B6%E9%99%A2&stage=ENGAGED", query);
        assertEquals(new PageRequest(0, 1, "name", false, Map.of("stage", "ENGAGED", "school", "山东 大学&研究院")),
                ListQueries.decode(query, FILTERS), "the same list, without the page window");
    }

    @Test
    void theWholeListInItsDefaultOrderIsNotAnEmptyText() {
        String query = ListQueries.encode(new PageRequest(0, 20, null, true, Map.of()));
        assertEquals("sort=", query);
        assertEquals(new PageRequest(0, 1, null, true, Map.of()), ListQueries.decode(query, FILTERS));
    }

    @Test
    void whatTheListDoesNotKnowIsDroppedAndBrokenPairsAreIgnored() {
        assertEquals(new PageRequest(0, 1, "city", true, Map.of("q", "李")),
                ListQueries.decode("platform=fatong&q=%E6%9D%8E&&=x&junk&stage=&sort=city&order=sideways", FILTERS));
        assertEquals(new PageRequest(0, 1, null, true, Map.of()), ListQueries.decode(null, FILTERS));
    }
}
