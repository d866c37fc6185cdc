package cn.wulian.liancai.search.control;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;

/**
 * Adds the last four digits of every all-digit token of seven or more digits at the same position,
 * so that a phone number is also found by its tail ({@code 5678} finds {@code 13912345678}). Its
 * offsets cover just those digits, so a highlight marks only them.
 */
final class NumberTailFilter extends TokenFilter {

    static final int MIN_DIGITS = 7;
    static final int TAIL = 4;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final PositionLengthAttribute length = addAttribute(PositionLengthAttribute.class);
    private State pendingTail;

    NumberTailFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pendingTail != null) {
            restoreState(pendingTail);
            pendingTail = null;
            String tail = term.subSequence(term.length() - TAIL, term.length()).toString();
            term.setEmpty().append(tail);
            increment.setPositionIncrement(0);
            length.setPositionLength(1);
            if (offset.endOffset() - offset.startOffset() >= TAIL) {
                offset.setOffset(offset.endOffset() - TAIL, offset.endOffset());
            }
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        if (isLongNumber()) {
            pendingTail = captureState();
        }
        return true;
    }

    private boolean isLongNumber() {
        if (term.length() < MIN_DIGITS) {
            return false;
        }
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pendingTail = null;
    }
}
