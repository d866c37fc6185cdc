package cn.wulian.liancai.search.boundary;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.wulian.liancai.search.control.IndexDifference;
import cn.wulian.liancai.search.control.IndexedDocument;
import cn.wulian.liancai.search.control.LuceneIndex;
import cn.wulian.liancai.search.control.SearchRequest;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index following renames: the documents that show a changed record are found through every
 * source and written with the change, and start-up rebuilds a type whose documents show a name
 * that changed since they were written, although the records themselves did not.
 */
class SearchIndexTest {

    private static final Set<String> OFFICE = Set.of("role:OFFICE");

    @TempDir
    Path dir;

    /** a feature's records as its database has them now; each document lists the keys of the records whose names it shows */
    static class Source implements IndexSource {

        final String type;
        final Map<Long, IndexedDocument> records = new LinkedHashMap<>();
        final Map<Long, Set<String>> shows = new HashMap<>();
        int rebuilds;
        int asked;
        /** the ids asked for by {@link #documents(Collection)}, every call */
        final List<Long> written = new ArrayList<>();

        Source(String type) {
            this.type = type;
        }

        Source put(long id, String stamp, String text, String... showsKeys) {
            records.put(id, new IndexedDocument(type, id, stamp, text, text, "", OFFICE, Set.of()));
            shows.put(id, Set.of(showsKeys));
            return this;
        }

        @Override
        public String type() {
            return type;
        }

        @Override
        public Map<Long, String> stamps() {
            return records.values().stream().collect(Collectors.toMap(IndexedDocument::id, IndexedDocument::stamp));
        }

        @Override
        public List<IndexedDocument> documents() {
            rebuilds++;
            return List.copyOf(records.values());
        }

        @Override
        public List<IndexedDocument> documents(Collection<Long> ids) {
            written.addAll(ids);
            return ids.stream().map(records::get).filter(Objects::nonNull).toList();
        }

        @Override
        public List<IndexedDocument> embedding(String otherType, long id) {
            asked++;
            return records.values().stream().filter(d -> shows.get(d.id()).contains(otherType + ":" + id)).toList();
        }
    }

    @Test
    void startUpRewritesTheDocumentThatShowsANameThatChangedSinceAndNoOther() {
        Source talents = new Source("talent").put(7, "4", "旧名七");
        Source teams = new Source("team").put(1, "2.1.4", "甲团队 旧名七", "talent:7").put(2, "3.1.-", "乙团队");
        try (LuceneIndex index = LuceneIndex.open(dir)) {
            SearchIndex.synchronize(index, List.of(talents, teams));
            // the talent is renamed and its own document written, but the write of the team that shows the name was lost
            talents.put(7, "5", "新名七");
            teams.put(1, "2.1.5", "甲团队 新名七", "talent:7");
            index.upsert(talents.records.get(7L));
            assertEquals(Set.of("talent:7"), keys(index, "新名七"), "before the start-up check only the talent shows the new name");
            int talentRebuilds = talents.rebuilds;
            int teamRebuilds = teams.rebuilds;

            SearchIndex.synchronize(index, List.of(talents, teams));
            assertAll(
                    () -> assertEquals(List.of(1L), teams.written, "the team's own version is unchanged, its leader's is not"),
                    () -> assertEquals(teamRebuilds, teams.rebuilds, "one team differs: the type is not written whole"),
                    () -> assertEquals(List.of(), talents.written, "the talents were in step"),
                    () -> assertEquals(talentRebuilds, talents.rebuilds),
                    () -> assertEquals(Set.of("talent:7", "team:1"), keys(index, "新名七")),
                    () -> assertEquals(Set.of(), keys(index, "旧名七")),
                    () -> assertEquals(Map.of(1L, "2.1.5", 2L, "3.1.-"), index.stamps("team")));

            SearchIndex.synchronize(index, List.of(talents, teams));
            assertEquals(List.of(1L), teams.written, "once written, the team type is in step");
        }
    }

    @Test
    void aTypeTheIndexHasNoDocumentOfIsWrittenWholeAndAnInStepTypeNotAtAll() {
        Source talents = new Source("talent").put(7, "4", "七").put(8, "1", "八");
        Source teams = new Source("team").put(1, "2.1.4", "甲团队 七", "talent:7");
        try (LuceneIndex index = LuceneIndex.open(dir)) {
            SearchIndex.synchronize(index, List.of(talents));
            int talentRebuilds = talents.rebuilds;
            List<Reconciliation> done = SearchIndex.synchronize(index, List.of(talents, teams));
            assertAll(
                    () -> assertEquals(List.of("2 talent documents in step", "rebuilt 1 team documents"),
                            done.stream().map(Reconciliation::toString).toList()),
                    () -> assertEquals(talentRebuilds, talents.rebuilds),
                    () -> assertEquals(List.of(), talents.written, "nothing differed"),
                    () -> assertEquals(1, teams.rebuilds, "a new type is written whole, in pages"),
                    () -> assertEquals(Set.of("talent:7", "team:1"), keys(index, "七")));
            talents.records.remove(8L);
            talents.put(7, "5", "新七");
            assertEquals(List.of("talent: 1 of 1 documents written again, 1 removed", "1 team documents in step"),
                    SearchIndex.synchronize(index, List.of(talents, teams)).stream().map(Reconciliation::toString).toList());
            assertEquals(List.of(7L), talents.written);
        }
    }

    @Test
    void theDependentsOfAChangeAreTheDocumentsOfEverySourceShowingIt() {
        Source talents = new Source("talent").put(7, "5", "新名七").put(8, "1", "八", "talent:7");
        Source teams = new Source("team").put(1, "2.1.5", "甲团队 新名七", "talent:7").put(2, "3.1.-", "乙团队");
        Source projects = new Source("project").put(4, "6.1.2.5.-", "项目 甲团队 新名七", "team:1", "talent:7");
        List<Source> sources = List.of(talents, teams, projects);

        assertEquals(List.of("talent:8", "team:1", "project:4"),
                SearchIndex.dependents(IndexChange.upsert(talents.records.get(7L)), sources).stream().map(IndexedDocument::key).toList());
        assertEquals(List.of("project:4"),
                SearchIndex.dependents(IndexChange.upsert(teams.records.get(1L)), sources).stream().map(IndexedDocument::key).toList(),
                "a team's change reaches its project, not the talents the project also shows");
        int asked = talents.asked + teams.asked + projects.asked;
        assertEquals(List.of(), SearchIndex.dependents(IndexChange.delete("talent", 7), sources));
        assertEquals(asked, talents.asked + teams.asked + projects.asked, "a deletion asks no source");
    }

    @Test
    void aSourceReportingTheChangedDocumentItselfDoesNotReplaceIt() {
        Source talents = new Source("talent").put(7, "5", "新名七", "talent:7");
        assertEquals(List.of(), SearchIndex.dependents(IndexChange.upsert(talents.records.get(7L)), List.of(talents)));
    }

    @Test
    void aCommittedWriteMakesTheChangeAndItsDependentsSearchableTogether() {
        SearchIndex search = new SearchIndex();
        search.dataDir = dir.toString();
        try {
            IndexedDocument talent = new IndexedDocument("talent", 7, "5", "新名七", "新名七", "", OFFICE, Set.of());
            IndexedDocument team = new IndexedDocument("team", 1, "2.1.5", "甲团队", "甲团队 新名七", "", OFFICE, Set.of());
            search.apply(new IndexWrite(IndexChange.upsert(talent), List.of(team)));
            assertEquals(Set.of("talent:7", "team:1"), keys(search, "新名七"));
            search.apply(new IndexWrite(IndexChange.delete("talent", 7), List.of()));
            assertEquals(Set.of("team:1"), keys(search, "新名七"));
        } finally {
            search.close();
        }
    }

    @Test
    void verificationNamesWhatTheIndexLacksStillHasOrHoldsStaleAndRepairsOnlyThoseTypes() {
        Source talents = new Source("talent").put(7, "4", "七").put(8, "1", "八").put(9, "2", "九");
        Source teams = new Source("team").put(1, "2.1.4", "甲团队 七", "talent:7");
        Clock clock = Clock.fixed(Instant.parse("2026-12-05T10:00:00Z"), ZoneOffset.UTC);
        try (LuceneIndex index = LuceneIndex.open(dir)) {
            SearchIndex.synchronize(index, List.of(talents, teams));
            IndexVerification clean = SearchIndex.verify(index, List.of(talents, teams), false, clock);
            assertTrue(clean.foundInStep() && clean.inStep(), () -> clean.toString());
            assertEquals(List.of(3, 1), clean.kinds().stream().map(IndexDifference::inDatabase).toList());

            // as if after-commit writes were lost in a crash: one new talent, one deleted, one renamed
            talents.put(10, "1", "十");
            talents.records.remove(8L);
            talents.put(9, "3", "新九");
            int teamRebuilds = teams.rebuilds;

            IndexVerification found = SearchIndex.verify(index, List.of(talents, teams), false, clock);
            IndexDifference talent = found.kinds().get(0);
            assertAll(
                    () -> assertFalse(found.foundInStep()),
                    () -> assertFalse(found.inStep()),
                    () -> assertEquals(List.of(10L), talent.missing()),
                    () -> assertEquals(List.of(8L), talent.extra()),
                    () -> assertEquals(List.of(9L), talent.stale()),
                    () -> assertTrue(found.kinds().get(1).inStep()),
                    () -> assertEquals(List.of(), found.rebuilt(), "a check changes nothing"),
                    () -> assertEquals(Set.of("talent:8"), keys(index, "八")));

            int talentRebuilds = talents.rebuilds;
            IndexVerification repaired = SearchIndex.verify(index, List.of(talents, teams), true, clock);
            assertAll(
                    () -> assertEquals(List.of("talent"), repaired.repaired()),
                    () -> assertEquals(List.of(), repaired.rebuilt(), "three talents differ: no type is written whole"),
                    () -> assertEquals(talentRebuilds, talents.rebuilds),
                    () -> assertEquals(List.of(10L, 9L), talents.written, "the missing and the stale one, nothing else"),
                    () -> assertEquals(teamRebuilds, teams.rebuilds, "the teams were in step"),
                    () -> assertEquals(List.of(), teams.written),
                    () -> assertEquals(List.of(10L), repaired.kinds().get(0).missing(), "the report keeps what was found"),
                    () -> assertTrue(repaired.inStep(), "and says the index is in step now"),
                    () -> assertEquals(Set.of(), keys(index, "八")),
                    () -> assertEquals(Set.of("talent:10"), keys(index, "十")));
            assertTrue(SearchIndex.verify(index, List.of(talents, teams), false, clock).foundInStep());
        }
    }

    @Test
    void anIndexOfAnotherSchemaIsNotInStepAndARepairRebuildsEveryType() {
        Source talents = new Source("talent").put(7, "4", "七");
        Clock clock = Clock.systemUTC();
        try (LuceneIndex index = LuceneIndex.open(dir)) {
            index.upsert(talents.records.get(7L)); // a single write records no schema: as an index from before the schema mark
            IndexVerification found = SearchIndex.verify(index, List.of(talents), false, clock);
            assertFalse(found.schemaCurrent());
            assertTrue(found.kinds().get(0).inStep());
            assertFalse(found.foundInStep());
            IndexVerification repaired = SearchIndex.verify(index, List.of(talents), true, clock);
            assertEquals(List.of("talent"), repaired.rebuilt());
            assertTrue(repaired.inStep());
        }
    }

    private static Set<String> keys(LuceneIndex index, String q) {
        return index.search(new SearchRequest(q, OFFICE, Set.of(), 0, 50)).hits().stream()
                .map(h -> h.type() + ":" + h.id()).collect(Collectors.toSet());
    }

    private static Set<String> keys(SearchIndex index, String q) {
        return index.search(new SearchRequest(q, OFFICE, Set.of(), 0, 50)).hits().stream()
                .map(h -> h.type() + ":" + h.id()).collect(Collectors.toSet());
    }
}
