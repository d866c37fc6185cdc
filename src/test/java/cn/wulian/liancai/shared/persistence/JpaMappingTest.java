package cn.wulian.liancai.shared.persistence;

import static cn.wulian.liancai.shared.TestClock.CLOCK;
import static cn.wulian.liancai.shared.TestClock.NOW;
import static cn.wulian.liancai.shared.TestClock.TODAY;
import static cn.wulian.liancai.talent.entity.TalentBuilder.talent;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.wulian.liancai.account.entity.Account;
import cn.wulian.liancai.place.entity.Township;
import cn.wulian.liancai.platform.entity.Platform;
import cn.wulian.liancai.platform.entity.PlatformKind;
import cn.wulian.liancai.seed.SeedRun;
import cn.wulian.liancai.shared.TestClock;
import cn.wulian.liancai.shared.security.Role;
import cn.wulian.liancai.talent.entity.Degree;
import cn.wulian.liancai.talent.entity.Gender;
import cn.wulian.liancai.talent.entity.Interaction;
import cn.wulian.liancai.talent.entity.InteractionKind;
import cn.wulian.liancai.talent.entity.RelationKind;
import cn.wulian.liancai.talent.entity.Stage;
import cn.wulian.liancai.talent.entity.Talent;
import cn.wulian.liancai.talent.entity.TalentBuilder;
import cn.wulian.liancai.talent.entity.TalentRelation;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.jpa.JpaHelper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The entities against the schema Liquibase builds, on embedded Derby with the real persistence
 * unit: every attribute reaches its snake_case column and comes back, the database enforces the
 * unique keys, versions guard against lost updates and the named queries select what they promise.
 */
class JpaMappingTest {

    @TempDir
    static Path dir;

    static TestDatabase db;

    @BeforeAll
    static void createDatabase() {
        db = TestDatabase.create(dir);
    }

    @AfterAll
    static void shutDown() {
        db.close();
    }

    @BeforeEach
    void emptyTables() {
        db.clear();
    }

    // ---- test data

    static Township township(String code, String name) {
        return new Township(code, name, null, "镇");
    }

    static Account staff(String username, String role) {
        return new Account(username, "人才办 " + username, role, null, "hash-" + username, username + "@liancai.example");
    }

    /** persists and flushes, so that the identity column has given the entity its id */
    static <T> T persist(EntityManager em, T entity) {
        em.persist(entity);
        em.flush();
        return entity;
    }

    /** persists in its own transaction and returns the generated id */
    static <T> long save(T entity, Function<T, Long> id) {
        return db.inTransaction(em -> id.apply(persist(em, entity)));
    }

    static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    static String allMessages(Throwable e) {
        StringBuilder s = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            s.append(t.getMessage()).append('\n');
        }
        return s.toString();
    }

    // ---- round trips

    @Test
    void townshipRoundTrip() {
        long id = save(new Township("371121001", "洪凝街道", "Hongning Subdistrict", "街道"), Township::getId);

        Township t = db.read(em -> em.find(Township.class, id));
        assertAll(
                () -> assertEquals("371121001", t.getCode()),
                () -> assertEquals("洪凝街道", t.getName()),
                () -> assertEquals("Hongning Subdistrict", t.getNameEn()),
                () -> assertEquals("街道", t.getKind()),
                () -> assertEquals("Hongning Subdistrict", t.label(true)),
                () -> assertEquals("洪凝街道", t.label(false)));
        assertEquals(List.of(List.of("371121001", "Hongning Subdistrict")),
                db.query("SELECT code, name_en FROM township WHERE id = ?", id));
    }

    @Test
    void platformRoundTrip() {
        long id = save(new Platform("fatong", "法桐小院", "Fatong Courtyard", "众创空间", "五莲县洪凝街道人民路",
                LocalDate.of(2018, 5, 18), new BigDecimal("3600.50"), 120, "五莲县人才发展服务中心", "院落式众创空间"), Platform::getId);

        Platform p = db.read(em -> em.find(Platform.class, id));
        assertAll(
                () -> assertEquals("fatong", p.getCode()),
                () -> assertEquals("法桐小院", p.getName()),
                () -> assertEquals("Fatong Courtyard", p.getNameEn()),
                () -> assertEquals(PlatformKind.MAKERSPACE, p.getKind()),
                () -> assertEquals("五莲县洪凝街道人民路", p.getAddress()),
                () -> assertEquals(LocalDate.of(2018, 5, 18), p.getOpenedOn()),
                () -> assertEquals(new BigDecimal("3600.50"), p.getAreaM2()),
                () -> assertEquals(120, p.getWorkstations()),
                () -> assertEquals("五莲县人才发展服务中心", p.getOperator()),
                () -> assertEquals("院落式众创空间", p.getDescription()));
        assertEquals(List.of(List.of("五莲县人才发展服务中心", new BigDecimal("3600.50"), java.sql.Date.valueOf("2018-05-18"))),
                db.query("SELECT operator_name, area_m2, opened_on FROM platform WHERE id = ?", id));
        assertEquals(id, (long) db.read(em -> em.createNamedQuery(Platform.BY_CODE, Platform.class)
                .setParameter("code", "fatong").getSingleResult().getId()));
    }

    @Test
    void accountWithPlatformRoundTrip() {
        long id = db.inTransaction(em -> {
            Platform p = persist(em, new Platform("shibei", "市北双创孵化中心", null, null, null, null, null, null, null, null));
            return persist(em, new Account("mgr-shibei", "市北 管理员", Role.PLATFORM_MANAGER, p, "pbkdf2-hash", "mgr@liancai.example")).getId();
        });

        Account a = db.read(em -> em.find(Account.class, id));
        assertAll(
                () -> assertEquals("mgr-shibei", a.getUsername()),
                () -> assertEquals("市北 管理员", a.getDisplayName()),
                () -> assertEquals(Role.PLATFORM_MANAGER, a.getRole()),
                () -> assertEquals("shibei", a.getPlatform().getCode()),
                () -> assertEquals("pbkdf2-hash", a.getPasswordHash()),
                () -> assertEquals("mgr@liancai.example", a.getEmail()),
                () -> assertTrue(a.isEnabled()),
                () -> assertFalse(a.isStaff()));
        assertEquals(List.of(List.of("市北 管理员", "pbkdf2-hash", true)),
                db.query("SELECT display_name, password_hash, enabled FROM account WHERE id = ?", id));
        assertEquals(db.query("SELECT id FROM platform WHERE code = 'shibei'"),
                db.query("SELECT platform_id FROM account WHERE id = ?", id));
    }

    @Test
    void talentWithEveryFieldRoundTrip() {
        long[] ids = db.inTransaction(em -> {
            Township hongning = persist(em, township("371121001", "洪凝街道"));
            Account office = persist(em, staff("office", Role.OFFICE));
            Talent referrer = persist(em, talent("孙志刚").build());
            Talent t = persist(em, new Talent(talent(" 厉志远 ").gender(Gender.M).birthYear(1982).township(hongning)
                    .village("高家岭村").degree(Degree.DOCTORATE).school("哈尔滨工业大学").major("材料科学与工程")
                    .graduationYear(2010).city("五莲").employer("五莲莲创新材料科技有限公司").title("创始人")
                    .expertise("新材料", "石材加工", "智能制造").phone("18835672789").email("lizy@qq.com")
                    .wechat("wx_lizhiyuan48").stage(Stage.RETURNED).liaison(office).referrer(referrer)
                    .notes("2018年返乡创业").details(), "T0001", CLOCK));
            return new long[] {t.getId(), referrer.getId(), office.getId(), hongning.getId()};
        });

        Talent t = db.read(em -> em.find(Talent.class, ids[0]));
        assertAll(
                () -> assertEquals("T0001", t.getSeedKey()),
                () -> assertEquals("厉志远", t.getName()),
                () -> assertEquals(Gender.M, t.getGender()),
                () -> assertEquals(1982, t.getBirthYear()),
                () -> assertEquals(ids[3], t.getTownship().getId()),
                () -> assertEquals("洪凝街道", t.getTownship().getName()),
                () -> assertEquals("高家岭村", t.getVillage()),
                () -> assertEquals(Degree.DOCTORATE, t.getDegree()),
                () -> assertEquals("哈尔滨工业大学", t.getSchool()),
                () -> assertEquals("材料科学与工程", t.getMajor()),
                () -> assertEquals(2010, t.getGraduationYear()),
                () -> assertEquals("五莲", t.getCity()),
                () -> assertEquals("五莲莲创新材料科技有限公司", t.getEmployer()),
                () -> assertEquals("创始人", t.getTitle()),
                () -> assertEquals(List.of("新材料", "石材加工", "智能制造"), t.getExpertise()),
                () -> assertEquals("18835672789", t.getPhone()),
                () -> assertEquals("lizy@qq.com", t.getEmail()),
                () -> assertEquals("wx_lizhiyuan48", t.getWechat()),
                () -> assertEquals(Stage.RETURNED, t.getStage()),
                () -> assertEquals(ids[2], t.getLiaison().getId()),
                () -> assertEquals("office", t.getLiaison().getUsername()),
                () -> assertEquals(ids[1], t.getReferrer().getId()),
                () -> assertEquals("孙志刚", t.getReferrer().getName()),
                () -> assertNull(t.getReferrerName()),
                () -> assertEquals("2018年返乡创业", t.getNotes()),
                () -> assertEquals(CLOCK.instant(), t.getCreatedAt()),
                () -> assertEquals(CLOCK.instant(), t.getUpdatedAt()),
                () -> assertEquals("洪凝街道 高家岭村", t.hometown()));
        assertEquals(ids[0], (long) db.read(em -> em.createNamedQuery(Talent.BY_SEED_KEY, Talent.class)
                .setParameter("key", "T0001").getSingleResult().getId()));
    }

    @Test
    void freeTextReferrerAndEmptyExpertiseRoundTrip() {
        long id = save(talent("王芳").referrerName("县一中 李老师").expertise(List.of()).build(), Talent::getId);

        Talent t = db.read(em -> em.find(Talent.class, id));
        assertAll(
                () -> assertEquals("县一中 李老师", t.getReferrerName()),
                () -> assertNull(t.getReferrer()),
                () -> assertNull(t.getTownship()),
                () -> assertEquals(List.of(), t.getExpertise()),
                () -> assertNull(t.getSeedKey()));
        assertEquals(List.of(Arrays.asList(null, null, "县一中 李老师")),
                db.query("SELECT expertise, referrer_id, referrer_name FROM talent WHERE id = ?", id));
    }

    @Test
    void columnsAreSnakeCase() {
        long[] ids = db.inTransaction(em -> {
            Township t = persist(em, township("371121102", "街头镇"));
            Account office = persist(em, staff("office", Role.OFFICE));
            Talent referrer = persist(em, talent("孙志刚").build());
            Talent talent = persist(em, new Talent(talent("张伟").birthYear(1990).graduationYear(2012).township(t)
                    .liaison(office).referrer(referrer).expertise("海洋", "生物").details(), "T0099", CLOCK));
            Interaction i = persist(em, new Interaction(talent, InteractionKind.CALL, NOW.minusDays(2), null, null,
                    "电话联系", "寄资料", TODAY.plusDays(3), office, CLOCK));
            Talent other = persist(em, talent("李娜").build());
            persist(em, new TalentRelation(talent, other, RelationKind.CLASSMATE, null));
            return new long[] {talent.getId(), t.getId(), office.getId(), referrer.getId(), i.getId(), other.getId()};
        });

        Timestamp now = Timestamp.from(CLOCK.instant());
        assertEquals(List.of(List.of(1990, 2012, "T0099", ids[1], ids[2], ids[3], now, now, "海洋;生物")),
                db.query("SELECT birth_year, graduation_year, seed_key, township_id, liaison_id, referrer_id, created_at, updated_at,"
                        + " expertise FROM talent WHERE id = ?", ids[0]));
        assertEquals(List.of(List.of(ids[0], "CALL", Timestamp.valueOf(NOW.minusDays(2)), java.sql.Date.valueOf(TODAY.plusDays(3)),
                        "寄资料", ids[2], now)),
                db.query("SELECT talent_id, kind, occurred_at, follow_up_on, agreed_actions, recorded_by_id, created_at"
                        + " FROM interaction WHERE id = ?", ids[4]));
        assertEquals(List.of(List.of(ids[0], ids[5], "CLASSMATE")),
                db.query("SELECT from_talent_id, to_talent_id, kind FROM talent_relation"));
    }

    @Test
    void snakeCaseNames() {
        assertAll(
                () -> assertEquals("BIRTH_YEAR", SnakeCaseNaming.snake("birthYear")),
                () -> assertEquals("FROM_TALENT", SnakeCaseNaming.snake("fromTalent")),
                () -> assertEquals("AREA_M2", SnakeCaseNaming.snake("areaM2")),
                () -> assertEquals("TALENT_RELATION", SnakeCaseNaming.snake("TalentRelation")),
                () -> assertEquals("NAME", SnakeCaseNaming.snake("name")));
    }

    /** every column the mapping uses exists in the Liquibase schema, and every schema column is mapped */
    @Test
    void mappingAndSchemaAgree() throws SQLException {
        Map<String, Set<String>> mapped = new TreeMap<>();
        for (ClassDescriptor d : JpaHelper.getServerSession(db.emf()).getDescriptors().values()) {
            if (d.isAggregateDescriptor()) {
                continue; // embeddables: their columns are counted with the collection that holds them, below
            }
            for (DatabaseField f : d.getFields()) {
                mapped.computeIfAbsent(f.getTableName().toUpperCase(), k -> new TreeSet<>()).add(f.getName().toUpperCase());
            }
            for (var mapping : d.getMappings()) {
                if (mapping instanceof org.eclipse.persistence.mappings.AggregateCollectionMapping collection) {
                    for (DatabaseField f : collection.getReferenceDescriptor().getFields()) {
                        mapped.computeIfAbsent(f.getTableName().toUpperCase(), k -> new TreeSet<>()).add(f.getName().toUpperCase());
                    }
                    for (DatabaseField f : collection.getTargetForeignKeyFields()) {
                        mapped.computeIfAbsent(f.getTableName().toUpperCase(), k -> new TreeSet<>()).add(f.getName().toUpperCase());
                    }
                    DatabaseField order = collection.getListOrderField();
                    if (order != null) {
                        mapped.computeIfAbsent(order.getTableName().toUpperCase(), k -> new TreeSet<>()).add(order.getName().toUpperCase());
                    }
                }
            }
        }
        Map<String, Set<String>> schema = new TreeMap<>();
        try (Connection c = db.connection()) {
            DatabaseMetaData meta = c.getMetaData();
            try (ResultSet rs = meta.getColumns(null, "APP", "%", "%")) {
                while (rs.next()) {
                    String table = rs.getString("TABLE_NAME");
                    if (!table.startsWith("DATABASECHANGELOG")) {
                        schema.computeIfAbsent(table, k -> new TreeSet<>()).add(rs.getString("COLUMN_NAME"));
                    }
                }
            }
        }
        assertEquals(Set.of("TOWNSHIP", "PLATFORM", "ACCOUNT", "TALENT", "INTERACTION", "TALENT_RELATION", "SEED_APPLIED",
                "TEAM", "TEAM_MEMBER", "TEAM_IP", "TEAM_FINANCING", "TEAM_TRANSITION",
                "PROJECT", "PROJECT_TRANSITION", "PROJECT_MILESTONE", "PROJECT_UPDATE", "RANKING_PUBLICATION", "POLICY",
                "SUPPORT_APPLICATION", "APPLICATION_TRANSITION", "DISBURSEMENT", "POLICY_BUDGET",
                "AWARD_CATEGORY", "AWARD_CYCLE", "NOMINATION", "REVIEW_ASSIGNMENT", "REVIEW_REVISION", "AUDIT_ENTRY", "AUDIT_KEY",
                "NOMINATION_ATTACHMENT", "INSTALLATION", "IMPORT_BATCH", "IMPORT_ISSUE", "IMPORT_TEMPLATE", "TALENT_MERGE", "TALENT_MERGE_MOVE",
                "TALENT_DISTINCT_PAIR", "CHANGE_LOG", "CLUSTER_JOB", "LOGIN_FAILURE",
                "DEPARTMENT", "SERVICE_KIND", "CALENDAR_DAY", "SERVICE_REQUEST", "SERVICE_STEP"), schema.keySet());
        // the persons' keys of the audit trail are read and written in SQL only (AuditWriter), never as an entity;
        // so are the change log and the cluster's job claims (shared.cluster), and the failed log-ins (LoginThrottle)
        schema.remove("AUDIT_KEY");
        schema.remove("CHANGE_LOG");
        schema.remove("CLUSTER_JOB");
        schema.remove("LOGIN_FAILURE");
        assertEquals(schema, mapped);
    }

    @Test
    void seedRunRoundTrip() {
        Instant at = Instant.parse("2026-11-27T02:00:00Z");
        db.run(em -> em.persist(new SeedRun("demo/talents", at)));

        SeedRun run = db.read(em -> em.find(SeedRun.class, "demo/talents"));
        assertEquals(at, run.getAppliedAt());
        assertNull(db.read(em -> em.find(SeedRun.class, "demo/other")));
    }

    @Test
    void interactionRoundTripMovesAnIdentifiedTalentOn() {
        long talentId = save(talent("刘洋").stage(Stage.IDENTIFIED).build(), Talent::getId);
        long officeId = save(staff("office", Role.OFFICE), Account::getId);
        long versionBefore = db.read(em -> em.find(Talent.class, talentId).getVersion());
        Clock later = TestClock.at(NOW.plusHours(1));

        long id = db.inTransaction(em -> persist(em, new Interaction(em.find(Talent.class, talentId), InteractionKind.VISIT,
                NOW.minusDays(3), " 五莲县洪凝街道 ", "王晓燕;刘洋", "  走访，了解项目进度。 ", " ", TODAY.plusDays(5),
                em.find(Account.class, officeId), later)).getId());

        Interaction i = db.read(em -> em.find(Interaction.class, id));
        assertAll(
                () -> assertEquals(talentId, i.getTalent().getId()),
                () -> assertEquals(InteractionKind.VISIT, i.getKind()),
                () -> assertEquals(NOW.minusDays(3), i.getOccurredAt()),
                () -> assertEquals("五莲县洪凝街道", i.getPlace()),
                () -> assertEquals("王晓燕;刘洋", i.getParticipants()),
                () -> assertEquals("走访，了解项目进度。", i.getSummary()),
                () -> assertNull(i.getAgreedActions()),
                () -> assertEquals(TODAY.plusDays(5), i.getFollowUpOn()),
                () -> assertEquals("office", i.getRecordedBy().getUsername()),
                () -> assertEquals(later.instant(), i.getCreatedAt()));
        Talent t = db.read(em -> em.find(Talent.class, talentId));
        assertEquals(Stage.CONTACTED, t.getStage());
        assertEquals(later.instant(), t.getUpdatedAt());
        assertEquals(versionBefore + 1, t.getVersion());
    }

    @Test
    void interactionsOfATalentNewestFirst() {
        long[] ids = db.inTransaction(em -> {
            Talent t = persist(em, talent("陈静").build());
            Talent other = persist(em, talent("杨帆").build());
            long a = persist(em, new Interaction(t, InteractionKind.CALL, NOW.minusDays(10), null, null, "a", null, null, null, CLOCK)).getId();
            long b = persist(em, new Interaction(t, InteractionKind.VISIT, NOW.minusDays(1), null, null, "b", null, null, null, CLOCK)).getId();
            long c = persist(em, new Interaction(t, InteractionKind.MESSAGE, NOW.minusDays(1), null, null, "c", null, null, null, CLOCK)).getId();
            persist(em, new Interaction(other, InteractionKind.MEETING, NOW.minusDays(2), null, null, "x", null, null, null, CLOCK));
            return new long[] {t.getId(), a, b, c};
        });

        List<Long> found = db.read(em -> em.createNamedQuery(Interaction.OF_TALENT, Interaction.class)
                .setParameter("talent", ids[0]).getResultList().stream().map(Interaction::getId).toList());
        // same time: the later entry (higher id) first
        assertEquals(List.of(ids[3], ids[2], ids[1]), found);
    }

    @Test
    void relationRoundTripAndQueries() {
        Map<String, Long> ids = db.inTransaction(em -> {
            Talent a = persist(em, talent("甲").build());
            Talent b = persist(em, talent("乙").build());
            Talent c = persist(em, talent("丙").build());
            Map<String, Long> m = new HashMap<>();
            m.put("a", a.getId());
            m.put("b", b.getId());
            m.put("c", c.getId());
            m.put("ab", persist(em, new TalentRelation(a, b, RelationKind.CLASSMATE, "  大学同学 ")).getId());
            m.put("cb", persist(em, new TalentRelation(c, b, RelationKind.REFERRED_BY, " ")).getId());
            m.put("bc", persist(em, new TalentRelation(b, c, RelationKind.RELATIVE, null)).getId());
            m.put("ac", persist(em, new TalentRelation(a, c, RelationKind.COLLEAGUE, null)).getId());
            return m;
        });

        TalentRelation ab = db.read(em -> em.find(TalentRelation.class, ids.get("ab")));
        assertAll(
                () -> assertEquals(ids.get("a"), ab.getFromTalent().getId()),
                () -> assertEquals(ids.get("b"), ab.getToTalent().getId()),
                () -> assertEquals(RelationKind.CLASSMATE, ab.getKind()),
                () -> assertEquals("大学同学", ab.getNote()),
                () -> assertEquals("乙", ab.other(ids.get("a")).getName()),
                () -> assertEquals("甲", ab.other(ids.get("b")).getName()));
        assertNull(db.read(em -> em.find(TalentRelation.class, ids.get("cb")).getNote()));

        List<TalentRelation> ofB = db.read(em -> em.createNamedQuery(TalentRelation.OF_TALENT, TalentRelation.class)
                .setParameter("talent", ids.get("b")).getResultList());
        // ordered by the stored kind name: CLASSMATE < REFERRED_BY < RELATIVE
        assertEquals(List.of(ids.get("ab"), ids.get("cb"), ids.get("bc")), ofB.stream().map(TalentRelation::getId).toList());
        assertEquals(List.of("甲", "丙", "丙"), ofB.stream().map(r -> r.other(ids.get("b")).getName()).toList());

        Function<Object[], Long> exists = args -> db.read(em -> em.createNamedQuery(TalentRelation.EXISTS, Long.class)
                .setParameter("from", args[0]).setParameter("to", args[1]).setParameter("kind", args[2]).getSingleResult());
        assertEquals(1L, exists.apply(new Object[] {ids.get("a"), ids.get("b"), RelationKind.CLASSMATE}));
        assertEquals(0L, exists.apply(new Object[] {ids.get("b"), ids.get("a"), RelationKind.CLASSMATE}));
        assertEquals(0L, exists.apply(new Object[] {ids.get("a"), ids.get("b"), RelationKind.COLLEAGUE}));
    }

    // ---- versions

    @Test
    void versionIncrementsOnEveryUpdate() {
        long id = save(talent("张伟").build(), Talent::getId);
        long v0 = db.read(em -> em.find(Talent.class, id).getVersion());

        db.run(em -> em.find(Talent.class, id).revise(talent("张伟").city("青岛").details(), CLOCK));
        db.run(em -> em.find(Talent.class, id).revise(talent("张伟").city("济南").expertise("海洋").details(), CLOCK));

        Talent t = db.read(em -> em.find(Talent.class, id));
        assertEquals(v0 + 2, t.getVersion());
        assertEquals("济南", t.getCity());
        assertEquals(List.of("海洋"), t.getExpertise());
        assertEquals(List.of(List.of(v0 + 2)), db.query("SELECT version FROM talent WHERE id = ?", id));
    }

    @Test
    void staleUpdateIsRefused() {
        long id = save(talent("张伟").build(), Talent::getId);
        EntityManager first = db.emf().createEntityManager();
        try {
            first.getTransaction().begin();
            Talent stale = first.find(Talent.class, id);

            db.run(em -> em.find(Talent.class, id).revise(talent("张伟").city("北京").details(), CLOCK));

            stale.revise(talent("张伟").city("上海").details(), CLOCK);
            assertThrows(OptimisticLockException.class, first::flush);
            first.getTransaction().rollback();
        } finally {
            first.close();
        }
        assertEquals("北京", db.read(em -> em.find(Talent.class, id).getCity()));
    }

    // ---- unique keys, enforced by the database itself

    @Test
    void duplicateTownshipCodeIsRefused() {
        save(township("371121001", "洪凝街道"), Township::getId);

        PersistenceException e = assertThrows(PersistenceException.class, () -> save(township("371121001", "另一个"), Township::getId));
        assertEquals("23505", sqlState(e));
        assertTrue(allMessages(e).contains("UK_TOWNSHIP_CODE"), allMessages(e));
        assertEquals(List.of(List.of(1)), db.query("SELECT COUNT(*) FROM township"));
    }

    @Test
    void duplicateTownshipNameIsRefused() {
        save(township("371121001", "洪凝街道"), Township::getId);

        PersistenceException e = assertThrows(PersistenceException.class, () -> save(township("371121999", "洪凝街道"), Township::getId));
        assertTrue(allMessages(e).contains("UK_TOWNSHIP_NAME"), allMessages(e));
    }

    @Test
    void duplicateUsernameIsRefused() {
        save(staff("office", Role.OFFICE), Account::getId);

        PersistenceException e = assertThrows(PersistenceException.class, () -> save(staff("office", Role.ADMIN), Account::getId));
        assertTrue(allMessages(e).contains("UK_ACCOUNT_USERNAME"), allMessages(e));
    }

    @Test
    void duplicateSeedKeyIsRefused() {
        save(new Talent(talent("甲").details(), "T0001", CLOCK), Talent::getId);

        PersistenceException e = assertThrows(PersistenceException.class,
                () -> save(new Talent(talent("乙").details(), "T0001", CLOCK), Talent::getId));
        assertTrue(allMessages(e).contains("UK_TALENT_SEED_KEY"), allMessages(e));
    }

    @Test
    void duplicateRelationIsRefusedButOtherKindsAndTheReverseAreNot() {
        long[] ids = db.inTransaction(em -> {
            Talent a = persist(em, talent("甲").build());
            Talent b = persist(em, talent("乙").build());
            persist(em, new TalentRelation(a, b, RelationKind.CLASSMATE, null));
            return new long[] {a.getId(), b.getId()};
        });

        PersistenceException e = assertThrows(PersistenceException.class, () -> db.run(em -> em.persist(new TalentRelation(
                em.find(Talent.class, ids[0]), em.find(Talent.class, ids[1]), RelationKind.CLASSMATE, "again"))));
        assertEquals("23505", sqlState(e));
        assertTrue(allMessages(e).contains("UK_TALENT_RELATION"), allMessages(e));

        db.run(em -> {
            Talent a = em.find(Talent.class, ids[0]);
            Talent b = em.find(Talent.class, ids[1]);
            em.persist(new TalentRelation(a, b, RelationKind.COLLEAGUE, null));
            em.persist(new TalentRelation(b, a, RelationKind.CLASSMATE, null));
        });
        assertEquals(List.of(List.of(3)), db.query("SELECT COUNT(*) FROM talent_relation"));
    }

    // ---- named queries

    @Nested
    class DueFollowUps {

        static final LocalDate UNTIL = TODAY.plusDays(7);

        Map<String, Long> talents = new HashMap<>();

        /** one talent per rule; names sort in the order they are listed */
        @BeforeEach
        void contactLog() {
            db.run(em -> {
                Account office = persist(em, staff("office", Role.OFFICE));
                Account office2 = persist(em, staff("office2", Role.OFFICE));
                Talent a = registered(em, "A 联络人是我", office);
                log(em, a, NOW.minusDays(20), TODAY.minusDays(2), office2);
                Talent b = registered(em, "B 已有后续联系", office);
                log(em, b, NOW.minusDays(30), TODAY.minusDays(20), office);
                log(em, b, NOW.minusDays(10), null, office2);
                Talent c = registered(em, "C 无联络人我记录", null);
                log(em, c, NOW.minusDays(5), TODAY.plusDays(1), office);
                Talent d = registered(em, "D 无联络人他人记录", null);
                log(em, d, NOW.minusDays(5), TODAY.plusDays(1), office2);
                Talent e = registered(em, "E 太远", office);
                log(em, e, NOW.minusDays(5), UNTIL.plusDays(1), office);
                Talent f = registered(em, "F 正好到期", office);
                log(em, f, NOW.minusDays(5), UNTIL, null);
                Talent g = registered(em, "G 他人联络我记录", office2);
                log(em, g, NOW.minusDays(5), TODAY.minusDays(1), office);
                Talent h = registered(em, "H 无跟进", office);
                log(em, h, NOW.minusDays(5), null, office);
                Talent i = registered(em, "I 两次都约", office);
                log(em, i, NOW.minusDays(40), TODAY.minusDays(30), office);
                log(em, i, NOW.minusDays(3), TODAY.plusDays(1), office);
                Talent j = registered(em, "J 他人联络他人记录", office2);
                log(em, j, NOW.minusDays(5), TODAY, office2);
            });
        }

        Talent registered(EntityManager em, String name, Account liaison) {
            Talent t = persist(em, TalentBuilder.talent(name).liaison(liaison).build());
            talents.put(name.substring(0, 1), t.getId());
            return t;
        }

        void log(EntityManager em, Talent t, LocalDateTime at, LocalDate followUp, Account by) {
            em.persist(new Interaction(t, InteractionKind.CALL, at, null, null, "联系 " + t.getName(), null, followUp, by, CLOCK));
        }

        List<String> due(String officer, LocalDate until) {
            return db.read(em -> em.createNamedQuery(Interaction.DUE_FOLLOW_UPS, Interaction.class)
                    .setParameter("until", until).setParameter("officer", officer).getResultList().stream()
                    .map(i -> i.getTalent().getName().substring(0, 1) + " " + i.getFollowUpOn())
                    .toList());
        }

        @Test
        void liaisonOrRecorderSeesOpenFollowUpsDueUntilTheDate() {
            assertEquals(List.of(
                            "A " + TODAY.minusDays(2),
                            "G " + TODAY.minusDays(1),
                            "C " + TODAY.plusDays(1),
                            "I " + TODAY.plusDays(1),
                            "F " + UNTIL),
                    due("office", UNTIL));
        }

        @Test
        void anotherOfficerSeesTheirOwn() {
            assertEquals(List.of(
                            "A " + TODAY.minusDays(2),
                            "G " + TODAY.minusDays(1),
                            "J " + TODAY,
                            "D " + TODAY.plusDays(1)),
                    due("office2", UNTIL));
        }

        @Test
        void dueDateIsInclusive() {
            assertEquals(List.of("A " + TODAY.minusDays(2), "G " + TODAY.minusDays(1), "J " + TODAY), due("office2", TODAY));
            assertEquals(List.of("A " + TODAY.minusDays(2)), due("office", TODAY.minusDays(2)));
        }

        @Test
        void nobodyElseSeesThem() {
            assertEquals(List.of(), due("admin", UNTIL));
        }
    }

    @Test
    void idsAndVersionsOfAllTalents() {
        long a = save(talent("甲").build(), Talent::getId);
        long b = save(talent("乙").build(), Talent::getId);
        db.run(em -> em.find(Talent.class, b).revise(talent("乙").city("青岛").details(), CLOCK));
        long va = db.read(em -> em.find(Talent.class, a).getVersion());

        Map<Long, Long> versions = new HashMap<>();
        for (Object[] row : db.read(em -> em.createNamedQuery(Talent.ALL_IDS_AND_VERSIONS, Object[].class).getResultList())) {
            versions.put((Long) row[0], (Long) row[1]);
        }
        assertEquals(Map.of(a, va, b, va + 1), versions);
    }

    @Test
    void accountByUsernameFetchesThePlatform() {
        db.run(em -> {
            Platform p = persist(em, new Platform("cas", "中科院知识产权小镇", null, null, null, null, null, null, null, null));
            em.persist(new Account("mgr-cas", "小镇 管理员", Role.PLATFORM_MANAGER, p, "h", null));
            em.persist(staff("office", Role.OFFICE));
        });

        EntityManager em = db.emf().createEntityManager();
        Account manager = em.createNamedQuery(Account.BY_USERNAME, Account.class).setParameter("username", "mgr-cas").getSingleResult();
        List<Account> none = em.createNamedQuery(Account.BY_USERNAME, Account.class).setParameter("username", "MGR-CAS").getResultList();
        Account office = em.createNamedQuery(Account.BY_USERNAME, Account.class).setParameter("username", "office").getSingleResult();
        em.close();

        assertEquals("cas", manager.getPlatform().getCode());
        assertEquals(List.of(), none);
        assertNull(office.getPlatform());
    }

    @Test
    void staffAreEnabledOfficeAndAdminAccountsByUsername() {
        db.run(em -> {
            Platform p = persist(em, new Platform("kunshan", "昆山智谷", null, null, null, null, null, null, null, null));
            em.persist(staff("office2", Role.OFFICE));
            em.persist(staff("admin", Role.ADMIN));
            em.persist(staff("reviewer", Role.REVIEWER));
            em.persist(new Account("mgr-kunshan", "昆山 管理员", Role.PLATFORM_MANAGER, p, "h", null));
            em.persist(staff("office", Role.OFFICE));
            em.persist(staff("former", Role.OFFICE));
        });
        assertEquals(1, db.update("UPDATE account SET enabled = FALSE WHERE username = 'former'"));

        List<String> staff = db.read(em -> em.createNamedQuery(Account.STAFF, Account.class).getResultList().stream()
                .map(Account::getUsername).toList());
        assertEquals(List.of("admin", "office", "office2"), staff);
    }

    // ---- Liquibase

    @Test
    void migratingAgainChangesNothing() throws SQLException {
        save(township("371121001", "洪凝街道"), Township::getId);
        String changelog = "SELECT id, author, md5sum, orderexecuted FROM databasechangelog ORDER BY orderexecuted";
        List<List<Object>> before = db.query(changelog);

        try (Connection c = db.connection()) {
            TestDatabase.migrate(c);
        }
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            TestDatabase.migrate(c);
        }

        assertEquals(before, db.query(changelog));
        assertEquals(List.of("001-reference-data", "001-accounts", "001-talents", "002-teams", "003-platform-order", "004-projects",
                        "005-policies", "006-ranking-publications", "007-applications", "008-awards", "009-nomination-attachments",
                        "010-account-administration", "010-account-disabled-at", "010-installation", "011-award-fairness", "012-platform-rules",
                        "013-audit-entry", "013-audit-award", "013-talent-erased", "015-identity-ranges", "016-import-batch",
                        "016-talent-import", "017-talent-merge", "018-import-merge-with", "019-team-import", "019-project-import",
                        "020-talent-import-keys", "021-change-log", "022-login-failures", "023-service-requests", "024-returned-on",
                        "025-audit-time-order", "026-erased-subject-names"),
                before.stream().map(r -> (String) r.get(0)).toList());
        assertEquals(Set.of("liancai"), before.stream().map(r -> (String) r.get(1)).collect(Collectors.toSet()));
        assertEquals(List.of(List.of(Boolean.FALSE)), db.query("SELECT locked FROM databasechangeloglock"));
        assertEquals(List.of(List.of("洪凝街道")), db.query("SELECT name FROM township"));
    }

    /** concurrent creates reserve identity values ten times less often than Derby's default (see 015-identity-ranges.xml) */
    @Test
    void identityValuesAreReservedAThousandAtATime() throws SQLException {
        assertEquals(List.of(List.of("1000")),
                db.query("VALUES SYSCS_UTIL.SYSCS_GET_DATABASE_PROPERTY('derby.language.sequence.preallocator')"));
    }

    @Test
    void jpaCreatesNoTablesOfItsOwn() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection c = db.connection(); ResultSet rs = c.getMetaData().getTables(null, "APP", "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        }
        assertEquals(new TreeSet<>(List.of("ACCOUNT", "DATABASECHANGELOG", "DATABASECHANGELOGLOCK", "INTERACTION", "PLATFORM",
                "SEED_APPLIED", "TALENT", "TALENT_RELATION", "TOWNSHIP", "TALENT_MERGE", "TALENT_MERGE_MOVE", "TALENT_DISTINCT_PAIR",
                "TEAM", "TEAM_FINANCING", "TEAM_IP", "TEAM_MEMBER", "TEAM_TRANSITION",
                "PROJECT", "PROJECT_MILESTONE", "PROJECT_TRANSITION", "PROJECT_UPDATE", "RANKING_PUBLICATION", "POLICY", "SUPPORT_APPLICATION", "APPLICATION_TRANSITION", "DISBURSEMENT", "POLICY_BUDGET",
                "AWARD_CATEGORY", "AWARD_CYCLE", "NOMINATION", "REVIEW_ASSIGNMENT", "REVIEW_REVISION", "AUDIT_ENTRY", "AUDIT_KEY",
                "NOMINATION_ATTACHMENT", "INSTALLATION", "IMPORT_BATCH", "IMPORT_ISSUE", "IMPORT_TEMPLATE", "CHANGE_LOG", "CLUSTER_JOB", "LOGIN_FAILURE",
                "DEPARTMENT", "SERVICE_KIND", "CALENDAR_DAY", "SERVICE_REQUEST", "SERVICE_STEP")),
                new TreeSet<>(tables));
    }
}
