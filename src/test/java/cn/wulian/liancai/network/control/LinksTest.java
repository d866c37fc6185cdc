package cn.wulian.liancai.network.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Connectors and groups over a fixed set of links. */
class LinksTest {

    @Test
    void theBestConnectedFirstAndTheGroupsLargestFirst() {
        // 1–2, 1–3, 1–4, 2–3 (twice, both ways), 5–6, 7 alone with itself (no link)
        Links links = new Links(List.of(new long[] {1, 2}, new long[] {1, 3}, new long[] {4, 1}, new long[] {2, 3}, new long[] {3, 2},
                new long[] {5, 6}, new long[] {7, 7}));
        assertEquals(3, links.degree(1));
        assertEquals(2, links.degree(2), "a pair linked twice counts once");
        assertEquals(0, links.degree(7), "a link to oneself is none");
        assertEquals(6, links.linked());
        assertEquals(List.of(1L, 2L, 3L), links.connectors(3));
        assertEquals(List.of(List.of(1L, 2L, 3L, 4L), List.of(5L, 6L)), links.groups());
    }

    @Test
    void aChainIsOneGroupWhateverTheOrderItWasRead() {
        Links links = new Links(List.of(new long[] {9, 8}, new long[] {3, 4}, new long[] {8, 4}, new long[] {1, 3}));
        assertEquals(List.of(List.of(3L, 4L, 8L, 1L, 9L)), links.groups());
    }
}
