package cn.wulian.liancai.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The exact tokens the analyzers produce; the search tests show what they mean for hits. */
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
            """)
    void queriesWithBigramsOnlyButKeepLoneCharacters(String text, String tokens) {
        assertEquals(List.of(tokens.split(" ")), tokens(ChineseAnalyzers.forQuery(), text));
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
}
