package cn.wulian.liancai.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The page bounds of a request: rejected, not clamped; clamping is the caller's job. */
class SearchRequestTest {

    @Test
    void acceptsTheBounds() {
        assertEquals(0, new SearchRequest("x", Set.of(), Set.of(), 0, 1).offset());
        assertEquals(SearchRequest.MAX_OFFSET,
                new SearchRequest("x", Set.of(), Set.of(), SearchRequest.MAX_OFFSET, SearchRequest.MAX_LIMIT).offset());
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, SearchRequest.MAX_OFFSET + 1, Integer.MAX_VALUE})
    void rejectsOffsetsOutOfBounds(int offset) {
        assertThrows(IllegalArgumentException.class, () -> new SearchRequest("x", Set.of(), Set.of(), offset, 10));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, SearchRequest.MAX_LIMIT + 1})
    void rejectsLimitsOutOfBounds(int limit) {
        assertThrows(IllegalArgumentException.class, () -> new SearchRequest("x", Set.of(), Set.of(), 0, limit));
    }
}
