package cn.wulian.liancai.search.control;

import static cn.wulian.liancai.search.control.TalentCorpus.OFFICE;
import static cn.wulian.liancai.search.control.TalentCorpus.REVIEWER;
import static cn.wulian.liancai.search.control.TalentCorpus.talent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Exact hit sets for names typed in pinyin: whole, with or without spaces and tone marks, by
 * initials, and mixed (syllables and initials, Han characters and letters); surnames read as
 * surnames when they stand first. Beside each name the corpus holds near misses: the same initials
 * (毛文清 beside 马伟强), a shorter name (马伟), the surname's ordinary reading, the character in
 * second place (张单).
 */
class PinyinSearchTest {

    @RegisterExtension
    static final CorpusIndex CORPUS = new CorpusIndex(PinyinSearchTest::corpus);

    static List<IndexedDocument> corpus() {
        return List.of(
                talent(1, "马伟强", "马伟强 山东大学", ""),
                talent(2, "馬偉強", "馬偉強 臺灣大學", ""),
                talent(3, "马伟", "马伟 青岛", ""),
                talent(4, "毛文清", "毛文清 济南", ""),
                talent(5, "单伟", "单伟 日照", ""),
                talent(6, "张单", "张单 五莲", ""),
                talent(7, "曾小明", "曾小明 北京", ""),
                talent(8, "解放", "解放 上海", ""),
                talent(9, "区志强", "区志强 广州", ""),
                talent(10, "仇晓", "仇晓 南京", ""),
                talent(11, "朴成浩", "朴成浩 延吉", ""),
                talent(12, "查明", "查明 杭州", ""),
                talent(13, "尉迟恭", "尉迟恭 西安", ""),
                talent(14, "吕梁", "吕梁 太原", ""),
                talent(15, "John Smith", "John Smith Oxford", ""),
                talent(16, "單田芳", "單田芳 鞍山", ""),
                talent(17, "Dave王", "Dave王 伦敦", ""),
                new IndexedDocument("team", 1, 1, "法桐小院科技", "法桐小院科技 五莲县", "", Set.of(OFFICE, REVIEWER), Set.of(OFFICE)));
    }

    static Set<String> found(String query) {
        return CORPUS.index().search(new SearchRequest(query, Set.of(REVIEWER), Set.of(), 0, SearchRequest.MAX_LIMIT)).hits().stream()
                .map(h -> (h.type().equals("talent") ? "" : h.type() + ":") + h.id()).collect(Collectors.toCollection(TreeSet::new));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            maweiqiang           | 1 2
            ma wei qiang         | 1 2
            Mǎ Wéiqiáng          | 1 2
            MA WEI QIANG         | 1 2
            MaWeiQiang           | 1 2
            mwq                  | 1 2 4
            ma wq                | 1 2
            mawq                 | 1 2
            m wei q              | 1 2
            马wq                 | 1 2
            馬wq                 | 1 2
            马 wei qiang         | 1 2
            mawei                | 3
            mw                   | 3
            maowenqing           | 4
            shanwei              | 5
            单w                  | 5
            danwei               | -
            zhangdan             | 6
            zhangshan            | -
            zengxiaoming         | 7
            zxm                  | 7
            cengxiaoming         | -
            xiefang              | 8
            jiefang              | -
            ouzhiqiang           | 9
            quzhiqiang           | -
            qiuxiao              | 10
            chouxiao             | -
            piaochenghao         | 11
            zhaming              | 12
            chaming              | -
            yuchigong            | 13
            ycg                  | 13
            weichigong           | -
            lvliang              | 14
            luliang              | 14
            lǚ liáng             | 14
            shantianfang         | 16
            stf                  | 16
            單tf                 | 16
            fatongxiaoyuankeji   | team:1
            ftxykj               | team:1
            fatong xiao yuan keji | team:1
            fatong               | -
            ftxyk                | -
            john                 | 15
            dave wang            | 17
            davew                | 17
            smith john           | 15
            """)
    void aNameIsFoundByItsPinyin(String query, String expected) {
        Set<String> want = expected == null ? Set.of() : new TreeSet<>(List.of(expected.split(" ")));
        assertEquals(want, found(query));
    }

    @Test
    void theNameAsWrittenStillFindsItAndBothWritings() {
        assertEquals(Set.of("1", "2"), found("马伟强"));
        assertEquals(Set.of("1", "2"), found("馬偉強"));
    }

    /** digits, operators, quotes and field names keep their meaning: such a query is not read as pinyin */
    @ParameterizedTest
    @ValueSource(strings = {"马伟强", "13912345678", "mwq*", "mwq~", "title:mwq", "\"ma wei\"", "c++", "(mwq)"})
    void onlyLettersHanAndSeparatorsAreReadAsPinyin(String query) {
        assertNull(Pinyin.key(query), query);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            马伟           | 1 2 3
            馬偉           | 1 2 3
            ma             | 1 2 3 4
            maw            | 1 2 3
            马w            | 1 2 3
            mwq            | 1 2 4
            mao            | 4
            单             | 5 6 16
            shan           | 5 16
            ft             | team:1
            法桐           | team:1
            jo             | -
            john           | 15
            (              | -
            "              | -
            """)
    void suggestionsForWhatIsBeingTypedTitlesHoldingItOrWhosePinyinBeginsSo(String typed, String expected) {
        Set<String> want = expected == null ? Set.of() : new TreeSet<>(List.of(expected.split(" ")));
        assertEquals(want, CORPUS.index().suggest(typed, Set.of(REVIEWER), 20).stream()
                .map(h -> (h.type().equals("talent") ? "" : h.type() + ":") + h.id()).collect(Collectors.toCollection(TreeSet::new)));
    }

    @Test
    void noSuggestionForWhoMayNotFindTheRecordOrForNothingTyped() {
        assertEquals(List.of(), CORPUS.index().suggest("马伟", Set.of("platform:elsewhere"), 8));
        assertEquals(List.of(), CORPUS.index().suggest("   ", Set.of(REVIEWER), 8));
        assertEquals(3, CORPUS.index().suggest("马伟", Set.of(REVIEWER), 3).size(), "at most as many as asked");
    }

    @Test
    void theSpellingsOfANameAndOfATeam() {
        assertEquals(Set.of("maweiqiang", "maweiq", "mawqiang", "mawq", "mweiqiang", "mweiq", "mwqiang", "mwq"), Pinyin.keys("马伟强", true));
        assertEquals(Set.of("fatongxiaoyuankeji", "ftxykj"), Pinyin.keys("法桐小院科技", false));
        assertEquals(Set.of("danwei", "dw"), Pinyin.keys("单位", false), "单 reads as a surname only in a name");
        assertEquals(Set.of(), Pinyin.keys("John Smith", true), "no Han character: the words are searched as written");
        assertEquals(Set.of("annali", "annal"), Pinyin.keys("Anna李", true), "a Latin part is never cut to an initial");
    }
}
