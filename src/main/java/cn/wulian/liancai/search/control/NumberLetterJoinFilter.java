package cn.wulian.liancai.search.control;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.icu.segmentation.DefaultICUTokenizerConfig;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Joins a number to the letters written directly after it, as in {@code 5G} or {@code 3D}, when the
 * {@link ICUTokenizer} split them only because of the text before. The tokenizer cuts the text into
 * runs of one script first and digits join the run they follow, so {@code 基站 5G} yields {@code 5}
 * in the Han run and {@code G} in a Latin one, while {@code 5G} on its own is one word; joining
 * restores that word wherever it stands. Within one script run a number is never directly followed
 * by letters, so nothing else is joined.
 *
 * <p>Must directly follow the tokenizer: it relies on its token types and offsets.
 */
final class NumberLetterJoinFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private State pending;
    private boolean exhausted;

    NumberLetterJoinFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pending != null) {
            restoreState(pending);
            pending = null;
        } else if (exhausted || !input.incrementToken()) {
            return false;
        }
        if (!DefaultICUTokenizerConfig.WORD_NUMBER.equals(type.type())) {
            return true;
        }
        State number = captureState();
        int numberEnd = offset.endOffset();
        if (!input.incrementToken()) {
            exhausted = true;
            restoreState(number);
            return true;
        }
        if (DefaultICUTokenizerConfig.WORD_LETTER.equals(type.type()) && offset.startOffset() == numberEnd) {
            String letters = term.toString();
            int end = offset.endOffset();
            restoreState(number);
            term.append(letters);
            offset.setOffset(offset.startOffset(), end);
            type.setType(DefaultICUTokenizerConfig.WORD_LETTER);
            return true;
        }
        pending = captureState();
        restoreState(number);
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = null;
        exhausted = false;
    }
}
