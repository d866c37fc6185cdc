package cn.wulian.liancai.search.control;

import com.ibm.icu.text.Transliterator;
import com.ibm.icu.text.UnicodeSet;
import java.io.Reader;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.ICUTransformFilter;
import org.apache.lucene.analysis.icu.segmentation.DefaultICUTokenizerConfig;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;

/**
 * The analyzers for Chinese text in mixed Simplified and Traditional writing.
 *
 * <p>Han characters are split one per token, folded from Traditional to Simplified, then joined
 * into overlapping bigrams; full-width forms, case and accents are folded last. The index keeps the
 * single characters beside the bigrams so that a one-character query still matches, while a query
 * of several characters is made of bigrams only, so that {@code 山东大学} needs 山东, 东大 and 大学 in a
 * row rather than any 山 or 大. No dictionary is involved, so names and rare words are found as
 * reliably as common ones.
 *
 * <p>Positions are the index's: every CJK character takes one, each bigram stands at its first
 * character's. The query's bigrams get the same positions ({@link BigramGapFilter} adds back the
 * one a run of bigrams lacks), so a word mixing scripts, such as {@code 华为2012实验室} or {@code
 * 带动就业60人}, and a quoted phrase, such as {@code "山东 大学"}, match the text as written. A number
 * and the letters right after it ({@code 5G}, {@code 3D}) stay one word also after Chinese text
 * ({@link NumberLetterJoinFilter}).
 *
 * <p>Mobile numbers written with separators ({@code 139-1234-5678}, {@code 139 1234 5678}) are
 * joined to one token before tokenizing, and the index adds the last four digits of every run of
 * seven or more digits, so a phone number is found by the whole number or by its tail.
 *
 * <p>Index and query analyzers must come from the same version of this class; {@link
 * LuceneIndex#SCHEMA} changes whenever this chain changes.
 */
public final class ChineseAnalyzers {

    private static final String TRADITIONAL_TO_SIMPLIFIED = "Traditional-Simplified";
    /**
     * The characters the folding changes. {@code ICUTransformFilter} computes this set for every
     * transliterator without a filter, i.e. every time an analyzer chain is built, and that is dear:
     * Lucene builds one chain per analyzer and thread, and under load (the load benchmark) each of the
     * server's dozens of request threads paid it for the query and again for the highlighter. Computed
     * once here and frozen, so the transliterators share it safely.
     */
    private static final UnicodeSet FOLDED = Transliterator.getInstance(TRADITIONAL_TO_SIMPLIFIED).getSourceSet().freeze();
    private static final Pattern MOBILE_NUMBER =
            Pattern.compile("(?<![0-9０-９])(1[3-9][0-9])[- \\u2010-\\u2015\\uFF0D]?([0-9]{4})[- \\u2010-\\u2015\\uFF0D]?([0-9]{4})(?![0-9０-９])");
    private static final int CJK_SCRIPTS =
            CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL;

    private ChineseAnalyzers() {}

    /** Characters and bigrams, plus the tails of long numbers; for the index and for highlighting. */
    public static Analyzer forIndexing() {
        return new ChineseAnalyzer(true);
    }

    /**
     * Bigrams only (a lone character stays a single token), at the index's positions; for parsing
     * what the user typed.
     */
    public static Analyzer forQuery() {
        return new ChineseAnalyzer(false);
    }

    /**
     * Joins a mobile number written with separators into one run of digits, as the analyzers do;
     * applied to the raw query so that {@code 139 1234 5678} is not split into three words.
     */
    static String joinMobileNumbers(String text) {
        return MOBILE_NUMBER.matcher(text).replaceAll("$1$2$3");
    }

    private static final ThreadLocal<Transliterator> SIMPLIFIED = ThreadLocal.withInitial(ChineseAnalyzers::traditionalToSimplified);

    /**
     * A value in Simplified characters, as facets keep and are asked for: 青島 and 青岛 are one city,
     * counted once and found by either. Text without Traditional characters (codes, most values) comes
     * back as it is, without a transliteration.
     */
    public static String simplified(String value) {
        return value == null || !FOLDED.containsSome(value) ? value : SIMPLIFIED.get().transliterate(value);
    }

    /** a transliterator of its own (they are not shared between chains), already restricted to {@link #FOLDED} */
    private static Transliterator traditionalToSimplified() {
        Transliterator folding = Transliterator.getInstance(TRADITIONAL_TO_SIMPLIFIED);
        folding.setFilter(FOLDED);
        return folding;
    }

    private static final class ChineseAnalyzer extends Analyzer {

        private final boolean forIndex;

        ChineseAnalyzer(boolean forIndex) {
            this.forIndex = forIndex;
        }

        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return new PatternReplaceCharFilter(MOBILE_NUMBER, "$1$2$3", reader);
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new ICUTokenizer(new DefaultICUTokenizerConfig(false, true));
            TokenStream stream = new NumberLetterJoinFilter(source);
            stream = new ICUTransformFilter(stream, traditionalToSimplified());
            stream = new CJKBigramFilter(stream, CJK_SCRIPTS, forIndex);
            if (!forIndex) {
                stream = new BigramGapFilter(stream);
            }
            stream = new ICUFoldingFilter(stream);
            if (forIndex) {
                stream = new NumberTailFilter(stream);
            }
            return new TokenStreamComponents(source, stream);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ICUFoldingFilter(new ICUTransformFilter(in, traditionalToSimplified()));
        }
    }
}
