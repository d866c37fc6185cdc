package cn.wulian.liancai.search.control;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The text of a stamp, and which of two stamps of one document is newer. */
class StampTest {

    @Test
    void writesTheOwnVersionThenTheEmbeddedOnesWithADashForNone() {
        assertAll(
                () -> assertEquals("3", Stamp.of(3)),
                () -> assertEquals("3.1.7", Stamp.of(3, 1L, 7L)),
                () -> assertEquals("3.1.-", Stamp.of(3, 1L, null)),
                () -> assertEquals("3.1.-.4.9", Stamp.of(3, Arrays.asList(1L, null, 4L, 9L))),
                () -> assertEquals(3, Stamp.version("3.1.-.4.9")),
                () -> assertEquals(12, Stamp.version("12")));
    }

    @Test
    void stampsThatWouldSumOrConcatenateAlikeDiffer() {
        // what a hash or a sum of versions would confuse: the leader moving on while the platform moves back, or 1|23 and 12|3
        assertAll(
                () -> assertNotEquals(Stamp.of(3, 1L, 7L), Stamp.of(3, 2L, 6L)),
                () -> assertNotEquals(Stamp.of(1, 23L), Stamp.of(12, 3L)),
                () -> assertNotEquals(Stamp.of(3, 1L, null), Stamp.of(3, 1L, 0L)));
    }

    @Test
    void aHigherOwnVersionIsNewerWhateverItShows() {
        assertAll(
                () -> assertTrue(Stamp.supersedes("4.1.2", "3.1.9")),
                () -> assertFalse(Stamp.supersedes("3.1.9", "4.1.2")),
                () -> assertTrue(Stamp.supersedes("4", "3")),
                () -> assertTrue(Stamp.supersedes("4.1.-", "3.1.2")));
    }

    @Test
    void withTheSameOwnVersionNewerMeansNoEmbeddedVersionLowerAndOneHigher() {
        assertAll(
                () -> assertTrue(Stamp.supersedes("2.1.5", "2.1.4")),
                () -> assertTrue(Stamp.supersedes("2.1.5.8", "2.1.4.8")),
                () -> assertFalse(Stamp.supersedes("2.1.4", "2.1.5"), "the arriving one shows the newer name"),
                () -> assertFalse(Stamp.supersedes("2.1.5", "2.1.5"), "the same stamp may be written again"),
                () -> assertFalse(Stamp.supersedes("2.2.4", "2.1.5"), "neither is newer: the later arrival wins"),
                () -> assertFalse(Stamp.supersedes("2.1.-", "2.1.4")),
                () -> assertFalse(Stamp.supersedes("2.1.4", "2.1.-")),
                () -> assertFalse(Stamp.supersedes("2.1.4.7", "2.1.4")));
    }

    @Test
    void rejectsWhatIsNoStamp() {
        assertAll(
                () -> assertEquals("2.-.5", document("2.-.5").stamp()),
                () -> assertThrows(IllegalArgumentException.class, () -> Stamp.of(-1)),
                () -> assertThrows(IllegalArgumentException.class, () -> Stamp.of(1, -2L)),
                () -> assertThrows(IllegalArgumentException.class, () -> document("")),
                () -> assertThrows(IllegalArgumentException.class, () -> document("-.1")),
                () -> assertThrows(IllegalArgumentException.class, () -> document("1..2")),
                () -> assertThrows(IllegalArgumentException.class, () -> document("1.2.")),
                () -> assertThrows(IllegalArgumentException.class, () -> document(null)));
    }

    private static IndexedDocument document(String stamp) {
        return new IndexedDocument("team", 1, stamp, "t", "t", "", Set.of("role:OFFICE"), Set.of());
    }
}
