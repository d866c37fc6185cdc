package cn.wulian.liancai.talent.control;

import static cn.wulian.liancai.talent.entity.TalentBuilder.talent;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.wulian.liancai.account.entity.Account;
import cn.wulian.liancai.place.entity.Township;
import cn.wulian.liancai.shared.Page;
import cn.wulian.liancai.shared.PageRequest;
import cn.wulian.liancai.shared.TestClock;
import cn.wulian.liancai.shared.persistence.TestDatabase;
import cn.wulian.liancai.shared.security.Role;
import cn.wulian.liancai.talent.entity.Degree;
import cn.wulian.liancai.talent.entity.Stage;
import cn.wulian.liancai.talent.entity.Talent;
import cn.wulian.liancai.talent.entity.TalentBuilder;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The talent list's filters, sort orders and paging on seven talents in Derby. Expected lists are
 * written out in full; strings sort by code point (Derby's default collation), so Latin comes before
 * Chinese and Chinese names do not sort by pinyin; NULL sorts last ascending and first descending.
 */
class TalentQueryTest {

    @TempDir
    static Path dir;

    static TestDatabase db;

    /** in this order, an hour apart: the default order (last updated first) is the reverse */
    static final List<String> REGISTERED = List.of("孙志刚", "李娜", "王芳", "张伟", "刘洋", "陈静", "杨帆");

    @BeforeAll
    static void sevenTalents() {
        db = TestDatabase.create(dir);
        db.run(em -> {
            Township hongning = new Township("371121001", "洪凝街道", "Hongning Subdistrict", "街道");
            Township jietou = new Township("371121102", "街头镇", "Jietou Town", "镇");
            Township chaohe = new Township("371121103", "潮河镇", "Chaohe Town", "镇");
            Account office = new Account("office", "人才办 王晓燕", Role.OFFICE, null, "h", null);
            Account office2 = new Account("office2", "人才办 刘海涛", Role.OFFICE, null, "h", null);
            List.of(hongning, jietou, chaohe, office, office2).forEach(em::persist);
            List<TalentBuilder> talents = List.of(
                    talent("孙志刚").birthYear(1985).township(hongning).village("高家岭村").degree(Degree.MASTER).school("清华大学")
                            .major("计算机科学与技术").city("深圳").employer("华为技术有限公司").title("高级工程师")
                            .expertise("人工智能", "机器学习").stage(Stage.CONTACTED).liaison(office),
                    talent("李娜").birthYear(1990).township(jietou).degree(Degree.DOCTORATE).school("Tsinghua University")
                            .major("Machine Learning").city("Beijing").employer("Microsoft Research Asia").title("Researcher")
                            .expertise("AI").stage(Stage.ENGAGED).liaison(office2),
                    talent("王芳").birthYear(1978).village("日照市东港区").degree(Degree.BACHELOR).school("山东大学").major("化学")
                            .city("济南").employer("万华化学").title("工程师").expertise("化工").stage(Stage.IDENTIFIED),
                    talent("张伟").township(chaohe).degree(Degree.HIGH_SCHOOL).school("五莲县第一中学").city("五莲")
                            .employer("张伟石材厂").title("厂长").expertise("石材").stage(Stage.RETURNED).liaison(office),
                    talent("刘洋").birthYear(1995).township(hongning).degree(Degree.ASSOCIATE).school("日照职业技术学院")
                            .major("机电一体化").city("青岛").employer("abc智能装备有限公司").title("技术员").expertise("机器人")
                            .stage(Stage.INACTIVE),
                    talent("陈静").birthYear(1988).township(jietou).degree(Degree.MASTER).school("中国海洋大学").major("海洋生物")
                            .city("青岛").employer("QINGDAO Ocean Tech").title("CEO").expertise("海洋", "生物").stage(Stage.ENGAGED)
                            .liaison(office),
                    talent("杨帆").birthYear(1992).city("上海").employer("100%_Capital").title("投资经理").stage(Stage.IDENTIFIED)
                            .liaison(office2));
            for (int i = 0; i < talents.size(); i++) {
                em.persist(talents.get(i).build(TestClock.at(TestClock.NOW.minusDays(30).plusHours(i))));
                em.flush();
            }
        });
    }

    @AfterAll
    static void shutDown() {
        db.close();
    }

    static Page<Talent> page(PageRequest request) {
        return db.read(em -> new TalentQuery(em).page(request));
    }

    static List<String> names(Page<Talent> page) {
        return page.rows().stream().map(Talent::getName).toList();
    }

    static List<String> filtered(Map<String, String> filters) {
        Page<Talent> page = page(new PageRequest(0, 50, null, false, filters));
        assertEquals(page.rows().size(), page.total(), "total of an unpaged list");
        return names(page);
    }

    static List<String> filtered(String field, String value) {
        return filtered(Map.of(field, value));
    }

    static List<String> list(String names) {
        return names.isBlank() ? List.of() : Arrays.asList(names.strip().split("\\s+"));
    }

    @Test
    void withoutFilterOrSortTheLastUpdatedComeFirst() {
        assertEquals(REGISTERED.reversed(), filtered(Map.of()));
    }

    @ParameterizedTest(name = "{0} ~ \"{1}\" -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            name     | 张          | 张伟
            name     | 志刚        | 孙志刚
            school   | 大学        | 陈静 王芳 孙志刚
            school   | tsinghua    | 李娜
            school   | UNIVERSITY  | 李娜
            major    | 机          | 刘洋 孙志刚
            major    | machine     | 李娜
            city     | 青岛        | 陈静 刘洋
            city     | BEIJING     | 李娜
            employer | ABC         | 刘洋
            employer | qingdao     | 陈静
            employer | 100%        | 杨帆
            employer | %           | 杨帆
            employer | _           | 杨帆
            title    | 工程师      | 王芳 孙志刚
            title    | ceo         | 陈静
            village  | 村          | 孙志刚
            village  | 日照        | 王芳
            expertise| 海洋        | 陈静
            expertise| 机器        | 刘洋 孙志刚
            expertise| AI          | 李娜
            name     | 没有这个人  | ''
            """)
    void textFiltersMatchAPartIgnoringLatinCase(String field, String value, String expected) {
        assertEquals(list(expected), filtered(field, value));
    }

    @ParameterizedTest(name = "{0} = \"{1}\" -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            stage    | ENGAGED    | 陈静 李娜
            stage    | engaged    | 陈静 李娜
            stage    | IDENTIFIED | 杨帆 王芳
            stage    | returned   | 张伟
            stage    | UNKNOWN    | ''
            degree   | MASTER     | 陈静 孙志刚
            degree   | doctorate  | 李娜
            degree   | PHD        | ''
            township | 371121001  | 刘洋 孙志刚
            township | 371121102  | 陈静 李娜
            township | 街头镇     | 陈静 李娜
            township | 371121999  | ''
            liaison  | office     | 陈静 张伟 孙志刚
            liaison  | office2    | 杨帆 李娜
            liaison  | nobody     | ''
            """)
    void codeFiltersMatchExactly(String field, String value, String expected) {
        assertEquals(list(expected), filtered(field, value));
    }

    /**
     * "-" means "outside the county". Fails today: the count is 2 but the page is empty, because
     * EclipseLink turns the select's LEFT fetch join of township into an inner join when the same
     * attribute is tested with isNull (see the report). Enable once TalentQuery is fixed.
     */
    @Test
    void dashFindsTalentsFromOutsideTheCounty() {
        assertEquals(List.of("杨帆", "王芳"), filtered("township", "-"));
    }

    @Test
    void filtersCombineWithAnd() {
        assertEquals(List.of("陈静"), filtered(Map.of("stage", "ENGAGED", "township", "371121102", "city", "青岛")));
        assertEquals(List.of(), filtered(Map.of("stage", "ENGAGED", "liaison", "office2", "city", "青岛")));
        assertEquals(List.of("孙志刚"), filtered(Map.of("degree", "MASTER", "liaison", "office", "township", "371121001")));
    }

    @Test
    void blankAndUnknownFiltersAreIgnored() {
        assertEquals(REGISTERED.reversed(), filtered(Map.of("name", "   ", "phone", "139", "township", "")));
        assertEquals(List.of("张伟"), filtered(Map.of("name", "  张 ")));
    }

    /**
     * Degree and stage sort by rank (高中 < 大专 < 本科 < 硕士 < 博士; identified → … → inactive), an
     * unknown degree lowest; ties by id. Names sort by code point, not by pinyin: this pins what the
     * query does today, so that a change to it is a decision.
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            name      | asc  | 刘洋 孙志刚 张伟 李娜 杨帆 王芳 陈静
            name      | desc | 陈静 王芳 杨帆 李娜 张伟 孙志刚 刘洋
            birthYear | asc  | 王芳 孙志刚 陈静 李娜 杨帆 刘洋 张伟
            birthYear | desc | 张伟 刘洋 杨帆 李娜 陈静 孙志刚 王芳
            degree    | asc  | 杨帆 张伟 刘洋 王芳 孙志刚 陈静 李娜
            degree    | desc | 李娜 孙志刚 陈静 王芳 刘洋 张伟 杨帆
            school    | asc  | 李娜 陈静 张伟 王芳 刘洋 孙志刚 杨帆
            school    | desc | 杨帆 孙志刚 刘洋 王芳 张伟 陈静 李娜
            city      | asc  | 李娜 杨帆 张伟 王芳 孙志刚 刘洋 陈静
            city      | desc | 刘洋 陈静 孙志刚 王芳 张伟 杨帆 李娜
            employer  | asc  | 杨帆 李娜 陈静 刘洋 王芳 孙志刚 张伟
            employer  | desc | 张伟 孙志刚 王芳 刘洋 陈静 李娜 杨帆
            stage     | asc  | 王芳 杨帆 孙志刚 李娜 陈静 张伟 刘洋
            stage     | desc | 刘洋 张伟 李娜 陈静 孙志刚 王芳 杨帆
            updatedAt | asc  | 孙志刚 李娜 王芳 张伟 刘洋 陈静 杨帆
            updatedAt | desc | 杨帆 陈静 刘洋 张伟 王芳 李娜 孙志刚
            township  | asc  | 孙志刚 刘洋 李娜 陈静 张伟 王芳 杨帆
            township  | desc | 王芳 杨帆 张伟 李娜 陈静 孙志刚 刘洋
            """)
    void sortsByEveryColumnThenById(String field, String direction, String expected) {
        Page<Talent> page = page(new PageRequest(0, 50, field, "asc".equals(direction), Map.of()));
        assertEquals(list(expected), names(page));
        assertEquals(7, page.total());
    }

    @Test
    void everySortableColumnIsCoveredAbove() {
        assertEquals(new TreeSet<>(Set.of("name", "birthYear", "degree", "school", "city", "employer", "stage", "updatedAt", "township")),
                new TreeSet<>(TalentQuery.SORTABLE.keySet()));
    }

    @Test
    void anUnknownSortColumnFallsBackToLastUpdatedInTheRequestedDirection() {
        assertEquals(REGISTERED, names(page(new PageRequest(0, 50, "phone", true, Map.of()))));
        assertEquals(REGISTERED.reversed(), names(page(new PageRequest(0, 50, "phone", false, Map.of()))));
    }

    @Test
    void pagesAreWindowsOfTheSortedList() {
        Map<String, List<String>> pages = new HashMap<>();
        for (int offset : new int[] {0, 3, 6, 9}) {
            Page<Talent> p = page(new PageRequest(offset, 3, "name", true, Map.of()));
            assertEquals(7, p.total(), "total at offset " + offset);
            pages.put("" + offset, names(p));
        }
        assertEquals(Map.of(
                        "0", List.of("刘洋", "孙志刚", "张伟"),
                        "3", List.of("李娜", "杨帆", "王芳"),
                        "6", List.of("陈静"),
                        "9", List.of()),
                pages);
    }

    @Test
    void filteredPagesCountTheFilteredRows() {
        Page<Talent> p = page(new PageRequest(1, 1, "name", true, Map.of("stage", "ENGAGED")));
        assertEquals(2, p.total());
        assertEquals(List.of("陈静"), names(p));
    }

    @Test
    void windowIsClampedToOneToTwoHundredRows() {
        assertEquals(List.of("刘洋"), names(page(new PageRequest(-5, 0, "name", true, Map.of()))));
        assertEquals(7, names(page(new PageRequest(0, 10_000, "name", true, Map.of()))).size());
    }

    @Test
    void rowsComeWithTownshipAndLiaison() {
        Map<String, String> seen = new HashMap<>();
        for (Talent t : page(new PageRequest(0, 50, "name", true, Map.of())).rows()) {
            seen.put(t.getName(), (t.getTownship() == null ? "-" : t.getTownship().getCode()) + " "
                    + (t.getLiaison() == null ? "-" : t.getLiaison().getUsername()));
        }
        assertEquals(Map.of(
                "孙志刚", "371121001 office", "李娜", "371121102 office2", "王芳", "- -", "张伟", "371121103 office",
                "刘洋", "371121001 -", "陈静", "371121102 office", "杨帆", "- office2"), seen);
    }

    /**
     * An export reads the ids in the list's order, then the rows a chunk at a time, each chunk in a
     * persistence context of its own (as each is a transaction of its own in the app): with chunks
     * of two, the stage, degree, city and township sorts all have ties that straddle chunks.
     */
    @ParameterizedTest(name = "{0} ascending={1}")
    @CsvSource(textBlock = """
            stage,       true
            stage,       false
            degree,      true
            city,        false
            township,    true
            township,    false
            ,            false
            """)
    void anExportReadsEveryRowOnceInTheListsOrderChunkByChunk(String sort, boolean ascending) {
        PageRequest request = new PageRequest(0, 50, sort, ascending, Map.of());
        List<Long> ids = db.read(em -> new TalentQuery(em).ids(request));
        List<String> chunked = new java.util.ArrayList<>();
        for (int from = 0; from < ids.size(); from += 2) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 2));
            chunked.addAll(db.read(em -> new TalentQuery(em).inOrder(chunk)).stream().map(Talent::getName).toList());
        }
        assertEquals(names(page(request)), chunked, "the same rows in the same order as the list's pages");
        assertEquals(REGISTERED.size(), new TreeSet<>(chunked).size(), "none lost, none repeated");
    }

    @Test
    void anExportsFiltersAreTheLists() {
        PageRequest engaged = new PageRequest(0, 50, "name", true, Map.of("stage", "ENGAGED"));
        List<Long> ids = db.read(em -> new TalentQuery(em).ids(engaged));
        assertEquals(List.of("李娜", "陈静"), db.read(em -> new TalentQuery(em).inOrder(ids)).stream().map(Talent::getName).toList());
    }

    @Test
    void aRowGoneSinceItsIdWasReadIsLeftOut() {
        List<Long> ids = new java.util.ArrayList<>(db.read(em -> new TalentQuery(em).ids(new PageRequest(0, 50, "name", true, Map.of()))));
        ids.add(1, -1L);
        List<String> names = db.read(em -> new TalentQuery(em).inOrder(ids)).stream().map(Talent::getName).toList();
        assertEquals(names(page(new PageRequest(0, 50, "name", true, Map.of()))), names);
    }
}
