package cn.wulian.liancai.talent.boundary;

import static cn.wulian.liancai.shared.persistence.TestDatabase.persist;
import static cn.wulian.liancai.talent.entity.TalentBuilder.talent;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.wulian.liancai.search.control.IndexedDocument;
import cn.wulian.liancai.shared.persistence.TestDatabase;
import cn.wulian.liancai.talent.entity.Talent;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The talents' documents for the search index on Derby, as a rebuild and a reconciliation read
 * them: a page at a time by ascending id, by id in chunks, and counted; a merged record is in none.
 */
class TalentDocumentsJpaTest {

    private static final int TALENTS = 230;

    @TempDir
    static Path dir;

    static TestDatabase db;
    static final List<Long> IDS = new ArrayList<>();
    static long merged;

    @BeforeAll
    static void talents() {
        db = TestDatabase.create(dir);
        db.run(em -> {
            for (int i = 0; i < TALENTS; i++) {
                IDS.add(persist(em, talent("文档" + i).build()).getId());
            }
            Talent gone = persist(em, talent("并入者").build());
            gone.mergeInto(em.find(Talent.class, IDS.getFirst()), Clock.systemUTC());
            merged = gone.getId();
        });
    }

    @AfterAll
    static void shutDown() {
        db.close();
    }

    private static Talents talentsOn(jakarta.persistence.EntityManager em) {
        Talents talents = new Talents();
        talents.em = em;
        return talents;
    }

    @Test
    void everyDocumentComesOnceInPagesByAscendingId() {
        List<Integer> sizes = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        db.run(em -> talentsOn(em).eachDocument(100, page -> {
            sizes.add(page.size());
            page.forEach(d -> ids.add(d.id()));
        }));
        assertEquals(List.of(100, 100, 30), sizes);
        assertEquals(IDS, ids, "each once, ascending, the merged one left out");
        assertEquals(Long.valueOf(TALENTS), db.read(em -> Long.valueOf(talentsOn(em).count())));
    }

    @Test
    void documentsByIdTakeMoreIdsThanOneQueryAndLeaveOutWhatIsNotSearchable() {
        // more ids than one query takes, the talents' on both sides of the cut at 1000
        List<Long> wanted = new ArrayList<>(IDS.subList(0, 100));
        LongStream.rangeClosed(1, 1000).forEach(n -> wanted.add(-n));
        wanted.addAll(IDS.subList(100, 200));
        wanted.add(merged);
        List<IndexedDocument> docs = db.read(em -> talentsOn(em).documents(wanted));
        assertEquals(IDS.subList(0, 200), docs.stream().map(IndexedDocument::id).sorted().toList());
        assertEquals("文档7", docs.stream().filter(d -> d.id() == IDS.get(7)).findFirst().orElseThrow().title());
        assertEquals(List.of(), db.read(em -> talentsOn(em).documents(List.of())));
        assertEquals(LongStream.of(IDS.get(3)).boxed().toList(),
                db.read(em -> talentsOn(em).documents(List.of(IDS.get(3)))).stream().map(IndexedDocument::id).toList());
    }
}
