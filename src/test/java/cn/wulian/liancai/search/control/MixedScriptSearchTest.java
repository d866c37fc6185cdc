package cn.wulian.liancai.search.control;

import static cn.wulian.liancai.search.control.LuceneIndexSearchTest.ids;
import static cn.wulian.liancai.search.control.TalentCorpus.REVIEWER;
import static cn.wulian.liancai.search.control.TalentCorpus.talent;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Exact hit sets for words in which Chinese characters run into digits or Latin letters without a
 * space ({@code 华为2012实验室}, {@code 带动就业60人}, {@code ABC公司} …): typed as stored, with or
 * without spaces, or in the other writing, they find the documents holding them and no others.
 * Beside each such document the corpus holds near misses: the same words apart or in another order,
 * another number, a longer Latin word.
 */
class MixedScriptSearchTest {

    @RegisterExtension
    static final CorpusIndex CORPUS = new CorpusIndex(MixedScriptSearchTest::corpus);

    static List<IndexedDocument> corpus() {
        return List.of(
                talent(1, "李明", "李明 华为2012实验室 研究员", ""),
                talent(2, "陳華", "陳華 華為2012實驗室 高級工程師", ""),
                talent(3, "王强", "王强 华为 2012 实验室 访问学者", ""),
                talent(4, "赵刚", "赵刚 华为2013实验室 工程师", ""),
                talent(5, "钱进", "钱进 2012年加入华为 中央实验室", ""),
                talent(6, "孙立", "孙立 返乡创业 带动就业60人", ""),
                talent(7, "周平", "周平 带动就业600人", ""),
                talent(8, "吴昊", "吴昊 带动就业 60 人", ""),
                talent(9, "郑凯", "郑凯 ABC公司 总经理", ""),
                talent(10, "冯雪", "冯雪 ABCD公司 销售", ""),
                talent(11, "陈晨", "陈晨 ABC 合作公司", ""),
                talent(12, "褚亮", "褚亮 5G基站 建设", ""),
                talent(13, "卫东", "卫东 4G基站 维护", ""),
                talent(14, "蒋文", "蒋文 5G 网络 基站 选址", ""),
                talent(15, "沈阳", "沈阳 iPhone手机 维修", ""),
                talent(16, "韩梅", "韩梅 手机壳 iPhone配件", ""),
                talent(17, "杨柳", "杨柳 华为手机 iPad", ""));
    }

    static Set<Long> talents(String query) {
        return hits(query).stream().map(SearchHit::id).collect(Collectors.toCollection(TreeSet::new));
    }

    static List<SearchHit> hits(String query) {
        return CORPUS.index().search(new SearchRequest(query, Set.of(REVIEWER), Set.of(), 0, SearchRequest.MAX_LIMIT)).hits();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            华为2012实验室          | 1 2 3
            華為2012實驗室          | 1 2 3
            华为2012                | 1 2 3
            2012实验室              | 1 2 3
            "华为 2012 实验室"      | 1 2 3
            华为 2012 实验室        | 1 2 3 5
            華為 2012 實驗室        | 1 2 3 5
            华为2013实验室          | 4
            """)
    void findsHanDigitsHanAsWritten(String query, String expected) {
        assertEquals(ids(expected), talents(query));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            带动就业60              | 6 8
            带动就业60人            | 6 8
            帶動就業60              | 6 8
            带动就业 60             | 6 8
            带动就业600             | 7
            业60                    | 6 8
            """)
    void findsHanFollowedByDigitsAsWritten(String query, String expected) {
        assertEquals(ids(expected), talents(query));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ABC公司                 | 9
            abc公司                 | 9
            ＡＢＣ公司              | 9
            ABC 公司                | 9 11
            5G基站                  | 12
            5g基站                  | 12
            5G 基站                 | 12 14
            iPhone手机              | 15
            iphone手機              | 15
            iPhone 手机             | 15 16
            """)
    void findsLatinFollowedByHanAsWritten(String query, String expected) {
        assertEquals(ids(expected), talents(query));
    }

    @Test
    void highlightsTheMixedWord() {
        Map<Long, String> highlights =
                hits("华为2012实验室").stream().collect(Collectors.toMap(SearchHit::id, SearchHit::highlight));
        assertEquals(Map.of(
                        1L, "李明 <em>华为</em><em>2012</em><em>实验室</em> 研究员",
                        2L, "陳華 <em>華為</em><em>2012</em><em>實驗室</em> 高級工程師",
                        3L, "王强 <em>华为</em> <em>2012</em> <em>实验室</em> 访问学者"),
                highlights);
    }
}
