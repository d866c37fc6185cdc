package cn.wulian.liancai.search.control;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The exact tokens and positions the analyzers produce; the search tests show what they mean for
 * hits.
 */
class ChineseAnalyzersTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            蓮才               | 莲 莲才 才
            孫志剛             | 孙 孙志 志 志刚 刚
            山東大學           | 山 山东 东 东大 大 大学 学
            ＡＢＣ Qingdao     | abc qingdao
            电话13912345678    | 电 电话 话 13912345678 5678
            139-1234-5678      | 13912345678 5678
            139 1234 5678      | 13912345678 5678
            2024年 262300      | 2024 年 262300
            sunzg@example.com  | sunzg example.com
            5G基站             | 5g 基 基站 站
            基站5G             | 基 基站 站 5g
            基站 ５Ｇ          | 基 基站 站 5g
            基站 5 G           | 基 基站 站 5 g
            华为2012实验室     | 华 华为 为 2012 实 实验 验 验室 室
            """)
    void indexesCharactersBigramsAndNumberTails(String text, String tokens) {
        assertEquals(List.of(tokens.split(" ")), tokens(ChineseAnalyzers.forIndexing(), text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            蓮才               | 莲才
            孫                 | 孙
            孫志剛             | 孙志 志刚
            山东 大学          | 山东 大学
            ＡＢＣ             | abc
            139-1234-5678      | 13912345678
            5678               | 5678
            基站5G             | 基站 5g
            """)
    void queriesWithBigramsOnlyButKeepLoneCharacters(String text, String tokens) {
        assertEquals(List.of(tokens.split(" ")), tokens(ChineseAnalyzers.forQuery(), text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            孫志剛             | 孙志@0 志刚@1
            华为2012实验室     | 华为@0 2012@2 实验@3 验室@4
            華為2012實驗室     | 华为@0 2012@2 实验@3 验室@4
            带动就业60         | 带动@0 动就@1 就业@2 60@4
            ABC公司            | abc@0 公司@1
            公司ABC            | 公司@0 abc@2
            5G基站             | 5g@0 基站@1
            iPhone手机         | iphone@0 手机@1
            山东 大学          | 山东@0 大学@2
            业60               | 业@0 60@1
            """)
    void queriesAtTheIndexPositions(String text, String expected) {
        List<String> query = positions(ChineseAnalyzers.forQuery(), text);
        List<String> indexed = positions(ChineseAnalyzers.forIndexing(), text);
        assertAll(
                () -> assertEquals(List.of(expected.split(" ")), query),
                () -> assertTrue(indexed.containsAll(query), () -> "index " + indexed + " lacks some of " + query));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            华为2012实验室     | 华@0 华为@0 为@1 2012@2 实@3 实验@3 验@4 验室@4 室@5
            带动就业60人       | 带@0 带动@0 动@1 动就@1 就@2 就业@2 业@3 60@4 人@5
            """)
    void indexesOnePositionPerCharacter(String text, String expected) {
        assertEquals(List.of(expected.split(" ")), positions(ChineseAnalyzers.forIndexing(), text));
    }

    /**
     * Lucene builds a chain per analyzer and thread (and for every wildcard or fuzzy term it
     * normalizes), so building one must be cheap: it took 100–200 ms while the folding's character
     * set was computed for each (the load benchmark's busy request threads paid it over and over).
     * Fifty now take well under a second (before: 2.5 s on this machine); the bound is loose against a busy one.
     */
    @Test
    void aNewChainIsCheapToBuild() {
        tokens(ChineseAnalyzers.forQuery(), "暖身");
        long start = System.nanoTime();
        for (int i = 0; i < 50; i++) {
            assertEquals(List.of("上海", "海交", "交通", "通大", "大学"), tokens(ChineseAnalyzers.forQuery(), "上海交通大學"));
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 1000, "50 analyzer chains took " + millis + " ms");
    }

    private static List<String> tokens(Analyzer analyzer, String text) {
        List<String> tokens = new ArrayList<>();
        try (analyzer; TokenStream stream = analyzer.tokenStream(IndexSchema.TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    /** Each token as {@code term@position}. */
    private static List<String> positions(Analyzer analyzer, String text) {
        List<String> tokens = new ArrayList<>();
        try (analyzer; TokenStream stream = analyzer.tokenStream(IndexSchema.TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                tokens.add(term + "@" + position);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}
