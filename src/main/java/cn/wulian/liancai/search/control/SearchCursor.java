package cn.wulian.liancai.search.control;

import cn.wulian.liancai.search.control.SearchRequest.Order;
import cn.wulian.liancai.shared.DomainViolation;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;

/**
 * Where a page of hits ended, as a short opaque text the client sends back for the next page: the
 * last hit's sort values (its score, or its title in pinyin order, or its time of change) and its key,
 * which orders hits that tie. Lucene then starts after it without collecting the pages before, so the
 * hundredth page costs what the first does. A cursor names its order: one from another order, or
 * anything else that is not a cursor, is refused as the field {@code after}.
 */
final class SearchCursor {

    static final String FIELD = "after";
    static final String INVALID = "error.search.after";

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private SearchCursor() {
    }

    static String encode(Order order, Object[] fields) {
        String value = switch (order) {
            case RELEVANCE -> Integer.toString(Float.floatToIntBits((Float) fields[0]));
            case NAME -> ENCODER.encodeToString(BytesRef.deepCopyOf((BytesRef) fields[0]).bytes);
            case CHANGED -> Long.toString((Long) fields[0]);
        };
        String key = ((BytesRef) fields[1]).utf8ToString();
        return ENCODER.encodeToString((order.name() + "|" + value + "|" + key).getBytes(StandardCharsets.UTF_8));
    }

    /** the sort values to search after (the document number is the searcher's to set: the last one of its reader) */
    static FieldDoc decode(Order order, String cursor) {
        try {
            String[] parts = new String(DECODER.decode(cursor), StandardCharsets.UTF_8).split("\\|", 3);
            if (parts.length != 3 || !parts[0].equals(order.name())) {
                throw invalid();
            }
            Object first = switch (order) {
                case RELEVANCE -> Float.intBitsToFloat(Integer.parseInt(parts[1]));
                case NAME -> new BytesRef(DECODER.decode(parts[1]));
                case CHANGED -> Long.parseLong(parts[1]);
            };
            return new FieldDoc(0, Float.NaN, new Object[] {first, new BytesRef(parts[2])});
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    private static DomainViolation invalid() {
        return DomainViolation.of(FIELD, INVALID);
    }
}
