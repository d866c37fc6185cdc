package cn.wulian.liancai.talent.control;

import static cn.wulian.liancai.shared.persistence.TestDatabase.persist;
import static cn.wulian.liancai.talent.entity.TalentBuilder.talent;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.wulian.liancai.shared.imports.control.Parsed;
import cn.wulian.liancai.shared.persistence.TestDatabase;
import cn.wulian.liancai.talent.entity.Talent;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A talent named in a spreadsheet cell, on embedded Derby: two people called 张伟 told apart by
 * their mobile numbers, one 李娜 by her name alone, anyone by their record number; a name that fits
 * no one or two people is a problem.
 */
class TalentsByNameJpaTest {

    @TempDir
    static Path dir;

    static TestDatabase db;

    final Map<String, Long> ids = new LinkedHashMap<>();

    @BeforeAll
    static void createDatabase() {
        db = TestDatabase.create(dir);
    }

    @AfterAll
    static void shutDown() {
        db.close();
    }

    @BeforeEach
    void corpus() {
        db.clear();
        db.run(em -> {
            ids.put("zhang1", persist(em, talent("张伟").phone("13800138000").build()).getId());
            ids.put("zhang2", persist(em, talent("张伟").phone("13900000001").build()).getId());
            ids.put("li", persist(em, talent("李娜").build()).getId());
        });
    }

    /** the corpus' name of the talent a cell names, or the problem's message key */
    private String found(String cell) {
        Parsed<Talent> p = db.read(em -> {
            TalentsByName byName = new TalentsByName();
            byName.em = em;
            return byName.find(cell);
        });
        if (!p.ok()) {
            return p.problem();
        }
        return p.value() == null ? "none" : ids.entrySet().stream().filter(e -> e.getValue().equals(p.value().getId()))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"李娜|li", " 李娜　|li", "张伟 13800138000|zhang1", "张伟（13900000001）|zhang2",
            "张伟(138-0013-8000)|zhang1", "张伟|import.value.talent.ambiguous", "王五|import.value.talent.unknown",
            "张伟 13700000000|import.value.talent.unknown", "#999999|import.value.talent.unknown"})
    void aCellNamesOneRegisteredTalentOrSaysWhyNot(String cell, String expected) {
        assertEquals(expected, found(cell));
    }

    @Test
    void byRecordNumberAndBlank() {
        assertEquals("zhang2", found("#" + ids.get("zhang2")));
        assertEquals("zhang1", found("＃" + ids.get("zhang1")));
        assertEquals("none", found("  "));
    }
}
