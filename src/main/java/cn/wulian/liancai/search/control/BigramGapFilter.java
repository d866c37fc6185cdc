package cn.wulian.liancai.search.control;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Gives the tokens of a bigrams-only stream the positions the index gives them. The index keeps
 * one position per CJK character, with each bigram at the position of its first character, so a run
 * of <i>n</i> characters takes <i>n</i> positions; its <i>n</i>−1 bigrams alone take one fewer. After
 * each run of bigrams this filter adds the missing position to the next token, so that a phrase
 * such as {@code 华为2012实验室} or {@code "山东 大学"} asks for the positions the index actually has.
 *
 * <p>Must directly follow a {@link CJKBigramFilter} that outputs no unigrams: bigrams of one run
 * overlap, those of different runs do not.
 */
final class BigramGapFilter extends TokenFilter {

    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private boolean inRun;
    private int runEnd;

    BigramGapFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        boolean bigram = CJKBigramFilter.DOUBLE_TYPE.equals(type.type());
        if (inRun && !(bigram && offset.startOffset() < runEnd)) {
            increment.setPositionIncrement(increment.getPositionIncrement() + 1);
        }
        inRun = bigram;
        runEnd = offset.endOffset();
        return true;
    }

    @Override
    public void end() throws IOException {
        super.end();
        if (inRun) {
            increment.setPositionIncrement(increment.getPositionIncrement() + 1);
        }
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        inRun = false;
        runEnd = 0;
    }
}
