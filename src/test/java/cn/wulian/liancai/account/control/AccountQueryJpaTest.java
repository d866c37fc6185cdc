package cn.wulian.liancai.account.control;

import static cn.wulian.liancai.shared.persistence.TestDatabase.persist;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.wulian.liancai.account.entity.Account;
import cn.wulian.liancai.platform.entity.Platform;
import cn.wulian.liancai.shared.PageRequest;
import cn.wulian.liancai.shared.persistence.TestDatabase;
import cn.wulian.liancai.shared.security.Role;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The account list's filters and sorts, on the schema Liquibase builds (embedded Derby). */
class AccountQueryJpaTest {

    @TempDir
    static Path dir;

    static TestDatabase db;

    @BeforeAll
    static void accounts() {
        db = TestDatabase.create(dir);
        db.run(em -> {
            Platform fatong = persist(em, new Platform("fatong", "法桐小院", "Fatong", "众创空间", null, null, null, null, null, null));
            persist(em, new Account("office", "人才办 王晓燕", Role.OFFICE, null, "h", null));
            persist(em, new Account("mgr-fatong", "法桐小院 丁振华", Role.PLATFORM_MANAGER, fatong, "h", null));
            persist(em, new Account("reviewer1", "评委 李", Role.REVIEWER, null, "h", null));
            Account gone = persist(em, new Account("reviewer2", "评委 张", Role.REVIEWER, fatong, "h", null));
            gone.disable(Instant.parse("2026-12-01T00:00:00Z"));
        });
    }

    @AfterAll
    static void shutDown() {
        db.close();
    }

    List<String> names(Map<String, String> filters, String sort, boolean ascending) {
        return db.read(em -> new AccountQuery(em).page(new PageRequest(0, 50, sort, ascending, filters)))
                .rows().stream().map(Account::getUsername).toList();
    }

    @Test
    void byUserNameUnlessAskedOtherwise() {
        assertEquals(List.of("mgr-fatong", "office", "reviewer1", "reviewer2"), names(Map.of(), null, true));
        assertEquals(List.of("reviewer2", "reviewer1", "office", "mgr-fatong"), names(Map.of(), "username", false));
        assertEquals(List.of("mgr-fatong", "office", "reviewer1", "reviewer2"), names(Map.of(), "passwordHash", false),
                "a column that may not be sorted by is ignored");
    }

    @Test
    void filtersCombine() {
        assertEquals(List.of("reviewer1", "reviewer2"), names(Map.of("role", "REVIEWER"), null, true));
        assertEquals(List.of("reviewer2"), names(Map.of("status", "disabled"), null, true));
        assertEquals(List.of("mgr-fatong", "office", "reviewer1"), names(Map.of("status", "enabled"), null, true));
        assertEquals(List.of("mgr-fatong", "reviewer2"), names(Map.of("platform", "fatong"), null, true));
        assertEquals(List.of("reviewer1"), names(Map.of("q", "评委 李"), null, true));
        assertEquals(List.of("office"), names(Map.of("q", "OFF"), null, true), "user name, ignoring case");
        assertEquals(List.of(), names(Map.of("q", "%"), null, true), "a wildcard typed is a character");
    }

    @Test
    void theTotalCountsTheWholeList() {
        assertEquals(2, db.read(em -> new AccountQuery(em).page(new PageRequest(0, 1, null, true, Map.of("role", "REVIEWER")))).total());
    }
}
