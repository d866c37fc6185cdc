package cn.wulian.liancai.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schools and employers suggested while typing, on a fixed corpus of five talents: the values that
 * hold the text (Traditional and Simplified alike, and one value: 山東大學 is counted as 山东大学) or
 * whose pinyin begins with the letters, only
 * from talents the caller may find, most talents first, then in pinyin order.
 */
class ValueSuggestionsTest {

    static final String OFFICE = "role:OFFICE";
    static final String MANAGER = "role:PLATFORM_MANAGER";
    static final List<String> VALUES = SearchRequest.SUGGESTED_VALUES;

    @RegisterExtension
    static final CorpusIndex CORPUS = new CorpusIndex(() -> List.of(
            talent(1, "张伟", "山东大学", "华为技术有限公司", OFFICE, MANAGER),
            talent(2, "單偉", "山東大學", "浪潮集团", OFFICE, MANAGER),
            talent(3, "曾小明", "山东大学", "海尔集团", OFFICE, MANAGER),
            // the office's alone: a manager is never offered its values
            talent(4, "阿里木", "山东师范大学", "山东高速集团", OFFICE),
            talent(5, "马伟", "北京大学", "百度", OFFICE, MANAGER),
            new IndexedDocument("team", 1, 1, "山东大学校友团队", "山东大学校友团队", "", Set.of(OFFICE, MANAGER), Set.of())));

    static IndexedDocument talent(long id, String name, String school, String employer, String... readers) {
        return new IndexedDocument("talent", id, 1, name, name + " " + school + " " + employer, "", Set.of(readers), Set.of())
                .with(Map.of("school", school, "employer", employer), null);
    }

    private static List<String> suggested(String typed, String... grants) {
        return CORPUS.index().suggestValues(typed, Set.of(grants), VALUES, 4).stream()
                .map(v -> v.facet() + ":" + v.value() + ":" + v.count()).toList();
    }

    @Test
    void valuesHoldingTheTextOfTalentsTheCallerMayFind() {
        assertEquals(List.of("school:山东大学:3"), suggested("山东", MANAGER));
        assertEquals(List.of("school:山东大学:3", "employer:山东高速集团:1", "school:山东师范大学:1"), suggested("山东", OFFICE));
        assertEquals(List.of("school:山东大学:3"), suggested("山東大", MANAGER), "Traditional finds Simplified");
        assertEquals(List.of("employer:海尔集团:1", "employer:浪潮集团:1", "employer:山东高速集团:1"), suggested("集团", OFFICE));
        assertEquals(List.of("employer:海尔集团:1", "employer:浪潮集团:1"), suggested("集团", MANAGER));
    }

    @Test
    void valuesWhosePinyinBeginsWithTheLetters() {
        assertEquals(List.of("school:山东大学:3"), suggested("sd", MANAGER));
        assertEquals(List.of("school:山东大学:3"), suggested("shandong", MANAGER));
        assertEquals(List.of("employer:华为技术有限公司:1"), suggested("huawei", MANAGER));
        assertEquals(List.of("employer:百度:1", "school:北京大学:1"), suggested("b", MANAGER));
    }

    @Test
    void nothingForNoGrantsNothingTypedOrNoValue() {
        assertEquals(List.of(), suggested("山东", "platform:elsewhere"));
        assertEquals(List.of(), suggested("  ", OFFICE));
        assertEquals(List.of(), suggested("校友团队", OFFICE), "a team's title is a record, not a value");
        assertEquals(1, CORPUS.index().suggestValues("山东", Set.of(OFFICE), VALUES, 1).size(), "at most as many as asked");
    }

    @Test
    void aRemovedTalentsValueIsNoLongerSuggested(@TempDir Path dir) {
        try (LuceneIndex index = LuceneIndex.open(dir)) {
            index.upsert(List.of(talent(1, "张伟", "莲山学院", "莲山公司", OFFICE), talent(2, "马伟", "莲山学院", "五莲公司", OFFICE)));
            assertEquals(List.of(new ValueHit("school", "莲山学院", 2), new ValueHit("employer", "莲山公司", 1)),
                    index.suggestValues("莲山", Set.of(OFFICE), VALUES, 4));
            index.delete("talent", 1);
            assertEquals(List.of(new ValueHit("school", "莲山学院", 1)), index.suggestValues("莲山", Set.of(OFFICE), VALUES, 4));
        }
    }
}
