package cn.wulian.liancai.talent.control;

import static cn.wulian.liancai.talent.entity.TalentBuilder.talent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.wulian.liancai.search.control.IndexedDocument;
import cn.wulian.liancai.search.control.LuceneIndex;
import cn.wulian.liancai.search.control.SearchHit;
import cn.wulian.liancai.search.control.SearchRequest;
import cn.wulian.liancai.talent.entity.Talent;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A talent's internal notes in the index: found and shown for office staff and administrators,
 * neither matched nor shown for a platform manager; reviewers do not find talents at all.
 */
class TalentDocumentsTest {

    static final String NOTE = "私下透露有意返乡 备注词ZQX";

    @TempDir
    Path dir;

    private static IndexedDocument document() throws ReflectiveOperationException {
        Talent t = talent("周晓梅").school("山东大学").phone("13912345678").notes(NOTE).build();
        Field id = Talent.class.getDeclaredField("id"); // given by the database
        id.setAccessible(true);
        id.set(t, 7L);
        return TalentDocuments.of(t);
    }

    @Test
    void theNotesAreNotPublicText() throws ReflectiveOperationException {
        IndexedDocument doc = document();
        assertFalse(doc.text().contains("ZQX"), doc::text);
        assertTrue(doc.personalText().contains(NOTE), doc::personalText);
        assertEquals(Set.of("role:OFFICE", "role:ADMIN"), doc.personalReaders());
        assertEquals(Set.of("role:OFFICE", "role:ADMIN", "role:PLATFORM_MANAGER"), doc.readers());
        assertEquals(Set.of("山东大学"), doc.facets().get("school"), "the school is a value the search box suggests");
    }

    @Test
    void onlyStaffFindATalentByItsNotesOrSeeThemInTheSnippet() throws ReflectiveOperationException {
        try (LuceneIndex index = LuceneIndex.open(dir)) {
            index.upsert(document());
            for (String staff : List.of("role:OFFICE", "role:ADMIN")) {
                List<SearchHit> hits = search(index, "备注词ZQX", staff);
                assertEquals(1, hits.size(), staff);
                assertTrue(hits.get(0).highlight().contains("返乡"), hits.get(0)::highlight);
            }
            assertEquals(List.of(), search(index, "备注词ZQX", "role:PLATFORM_MANAGER"));
            assertEquals(List.of(), search(index, "返乡", "role:PLATFORM_MANAGER"));
            List<SearchHit> byName = search(index, "周晓梅", "role:PLATFORM_MANAGER");
            assertEquals(1, byName.size(), "a manager still finds the talent by name");
            assertFalse(byName.get(0).highlight().contains("返乡"), byName.get(0)::highlight);
            assertEquals(List.of(), search(index, "周晓梅", "role:REVIEWER"));
        }
    }

    private static List<SearchHit> search(LuceneIndex index, String q, String grant) {
        return index.search(new SearchRequest(q, Set.of(grant), Set.of(), 0, 10)).hits();
    }
}
