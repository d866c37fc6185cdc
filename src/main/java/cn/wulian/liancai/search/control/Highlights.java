package cn.wulian.liancai.search.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;

/**
 * Builds the HTML snippet of a hit: the best short fragment of the public text, and of the personal
 * text when the caller may see it, with matches in {@code <em>} and everything else HTML-escaped.
 * The text is re-analyzed with the index analyzer, so a Simplified query marks the Traditional
 * characters it matched. What a document's text holds only to be found (after {@link
 * IndexedDocument#SEARCHED_ONLY}) is never shown.
 */
final class Highlights {

    static final int FRAGMENT_CHARS = 80;
    static final String SEPARATOR = " … ";

    private final Analyzer analyzer;

    Highlights(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    String snippet(UserQuery query, String stored, String personal, boolean personalVisible) {
        int hidden = stored.indexOf(IndexedDocument.SEARCHED_ONLY);
        String text = hidden < 0 ? stored : stored.substring(0, hidden).strip();
        List<String> fragments = new ArrayList<>(2);
        String publicFragment = best(query.publicMatch(), IndexSchema.TEXT, text);
        if (publicFragment != null) {
            fragments.add(publicFragment);
        }
        if (personalVisible) {
            String personalFragment = best(query.personalMatch(), IndexSchema.PERSONAL, personal);
            if (personalFragment != null) {
                fragments.add(personalFragment);
            }
        }
        return fragments.isEmpty() ? start(text) : String.join(SEPARATOR, fragments);
    }

    private String best(Query query, String field, String text) {
        if (text.isEmpty()) {
            return null;
        }
        QueryScorer scorer = new QueryScorer(query, field);
        Highlighter highlighter =
                new Highlighter(new SimpleHTMLFormatter("<em>", "</em>"), new SimpleHTMLEncoder(), scorer);
        highlighter.setTextFragmenter(new SimpleSpanFragmenter(scorer, FRAGMENT_CHARS));
        try {
            String fragment = highlighter.getBestFragment(analyzer, field, text);
            return fragment == null || !fragment.contains("<em>") ? null : fragment.strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidTokenOffsetsException e) {
            throw new IllegalStateException("analyzer produced offsets outside the text", e);
        } catch (IllegalArgumentException | IndexSearcher.TooManyClauses e) {
            // the highlighter rewrites fuzzy terms on its own and can fail where the search did not
            // (Lucene 10.3: "boost must be a positive float, got -1.0" for one-letter fuzzy terms);
            // the hit is still right, it is shown from the start of its text
            return null;
        }
    }

    private static String start(String text) {
        if (text.length() <= FRAGMENT_CHARS) {
            return SimpleHTMLEncoder.htmlEncode(text);
        }
        int end = text.offsetByCodePoints(0, text.codePointCount(0, FRAGMENT_CHARS));
        return SimpleHTMLEncoder.htmlEncode(text.substring(0, end)) + "…";
    }
}
