package cn.wulian.liancai.shared.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.wulian.liancai.shared.i18n.Messages;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The trail in the reader's words: fields by their form labels, values as the pages show them. */
class AuditLabelsTest {

    enum Stage { ENGAGED }

    private static final Map<String, Map<String, Class<?>>> TYPES = Map.of("TALENT",
            Map.of("phone", String.class, "stage", Stage.class, "createdAt", Instant.class, "referrer", Object.class));

    private final AuditLabels chinese = new AuditLabels(Messages.CHINESE, ZoneId.of("Asia/Shanghai"), TYPES, 20, List.of());

    @Test
    void aChangeReadsWithTheFormsLabelsAndTheValuesAsThePagesShowThem() {
        AuditRow row = new AuditRow(1, Instant.EPOCH, "office", "OFFICE", "TALENT:12", "TALENT:12", "UPDATED", List.of(
                new Change("phone", "13912345678", "13800001111"),
                new Change("referrer", null, "TALENT:7"),
                new Change("createdAt", null, "2026-12-05T02:00:00Z"),
                new Change("notes", "一段很长很长很长很长很长很长很长很长很长的备注", null)), false, null);

        assertEquals(Messages.text(Messages.CHINESE, "talent.phone") + "：13912345678 → 13800001111；"
                + Messages.text(Messages.CHINESE, "talent.referrer") + "：人才 #7；"
                + Messages.text(Messages.CHINESE, "audit.field.createdAt") + "：2026-12-05 10:00；"
                + Messages.text(Messages.CHINESE, "talent.notes") + "：一段很长很长很长很长很长很长很长很长很长… → ∅", chinese.changes(row));
    }

    /** an account's role and a review's fields in words, not as the code and the column (PLATFORM_MANAGER, draftJson) */
    @Test
    void anAccountsRoleAndAReviewsFieldsReadInWords() {
        AuditRow account = new AuditRow(1, Instant.EPOCH, "admin", "ADMIN", "ACCOUNT:2", "ACCOUNT:2", "UPDATED",
                List.of(new Change("role", "REVIEWER", "PLATFORM_MANAGER")), false, null);
        assertEquals("角色：评委 → 平台管理员", chinese.changes(account));
        AuditRow review = new AuditRow(1, Instant.EPOCH, "reviewer1", "REVIEWER", "REVIEW_ASSIGNMENT:3", "NOMINATION:1", "UPDATED",
                List.of(new Change("submittedRevision", "0", "1")), false, null);
        assertEquals("已提交次数：0 → 1", chinese.changes(review));
    }

    /** a review's sheet is kept as JSON: read in words, and English with its own punctuation (it had 评分表：{"comment":…}) */
    @Test
    void aSheetKeptAsJsonReadsInWordsInEitherLanguage() {
        AuditRow row = new AuditRow(1, Instant.EPOCH, "reviewer1", "REVIEWER", "REVIEW_REVISION:4", "NOMINATION:1", "CREATED", List.of(
                new Change("sheetJson", null, "{\"comment\":\"材料扎实\",\"comments\":{},\"scores\":{\"impact\":8,\"return\":3}}"),
                new Change("total", null, "60.0")), false, null);
        assertEquals("评分表：总评：材料扎实；评分：impact 8、return 3；总分：60.0",
                new AuditLabels(Messages.CHINESE, ZoneId.of("UTC"), TYPES, 0, List.of()).changes(row));
        assertEquals("score sheet: overall comment: 材料扎实; scores: impact 8, return 3; total: 60.0",
                new AuditLabels(Locale.ENGLISH, ZoneId.of("UTC"), TYPES, 0, List.of()).changes(row));
        AuditRow nomination = new AuditRow(1, Instant.EPOCH, "office", "OFFICE", "NOMINATION:12", "NOMINATION:12", "CREATED", List.of(
                new Change("achievementsJson", null, "[{\"detail\":\"计划投资 30 亿元\",\"title\":\"项目签约\",\"year\":2024},{\"title\":\"一期投产\",\"year\":2026}]")),
                false, null);
        assertEquals("主要业绩：计划投资 30 亿元 项目签约 2024、一期投产 2026",
                new AuditLabels(Messages.CHINESE, ZoneId.of("UTC"), TYPES, 0, List.of()).changes(nomination));
        AuditRow notJson = new AuditRow(1, Instant.EPOCH, "office", "OFFICE", "TALENT:12", "TALENT:12", "UPDATED",
                List.of(new Change("notes", "[1] 首次联系", "{未完")), false, null);
        assertEquals(Messages.text(Messages.CHINESE, "talent.notes") + "：[1] 首次联系 → {未完", chinese.changes(notJson));
    }

    @Test
    void anErasedEntryNamesItsFieldsWithoutValues() {
        AuditRow row = new AuditRow(1, Instant.EPOCH, "office", "OFFICE", "TALENT:12", "TALENT:12", "UPDATED",
                List.of(new Change("phone", null, null)), true, null);
        assertEquals(Messages.text(Messages.CHINESE, "talent.phone") + "：" + Messages.text(Messages.CHINESE, "audit.erased"), chinese.changes(row));
    }

    @Test
    void aListsEntryIsCountedAndItsFirstRecordsNamed() {
        assertEquals("7 条：人才 #1、人才 #2、人才 #3、人才 #4、人才 #5 …", chinese.detail("TALENT:1 TALENT:2 TALENT:3 TALENT:4 TALENT:5 TALENT:6 TALENT:7"));
        assertEquals("本人书面申请", chinese.detail("本人书面申请"));
        assertEquals("人才 #12", chinese.record("TALENT:12"));
        assertEquals("评审任务 #3", chinese.record("REVIEW_ASSIGNMENT:3"));
        assertEquals("talent #12", new AuditLabels(Locale.ENGLISH, ZoneId.of("UTC"), TYPES, 0, List.of()).record("TALENT:12"));
        assertEquals("2 records: talent #1, talent #2", new AuditLabels(Locale.ENGLISH, ZoneId.of("UTC"), TYPES, 0, List.of())
                .detail("TALENT:1 TALENT:2"), "an English list is separated the English way");
    }

    /** a page names each record by its name now, in the record's place, a reference's value and a list's entry alike */
    @Test
    void recordsAreNamedByTheirNameNowWhereThereIsOne() {
        Map<RecordRef, String> now = Map.of(new RecordRef("TALENT", 12L), "孙志刚", new RecordRef("TALENT", 13L), "已注销",
                new RecordRef("PLATFORM", 2L), "法桐小院");
        AuditLabels named = new AuditLabels(Messages.CHINESE, ZoneId.of("Asia/Shanghai"),
                Map.of("TALENT", Map.of("referrer", Object.class)), 20, List.of(), now::get);
        assertEquals("人才 孙志刚 #12", named.record("TALENT:12"));
        assertEquals("人才 已注销 #13", named.record("TALENT:13"), "an erased person by the placeholder, without their name");
        assertEquals("人才 #14", named.record("TALENT:14"), "a record gone, or without a name, by its number");
        assertEquals("人才", named.record("TALENT"));
        AuditRow row = new AuditRow(1, Instant.EPOCH, "office", "OFFICE", "TALENT:12", "TALENT:12", "UPDATED",
                List.of(new Change("referrer", null, "PLATFORM:2")), false, null);
        assertEquals(Messages.text(Messages.CHINESE, "talent.referrer") + "：平台 法桐小院 #2", named.changes(row));
        assertEquals("2 条：人才 孙志刚 #12、人才 #14", named.detail("TALENT:12 TALENT:14"));
    }

    /** particulars written as a message and its arguments read in the reader's language; a sentence written before, as written */
    @Test
    void wordedParticularsReadInTheReadersLanguage() {
        AuditLabels zh = new AuditLabels(Messages.CHINESE, ZoneId.of("Asia/Shanghai"), TYPES, 0, List.of());
        AuditLabels en = new AuditLabels(Locale.ENGLISH, ZoneId.of("UTC"), TYPES, 0, List.of());
        String row = Worded.of("audit.words.importRowMerged", 7, 12, 5);
        assertEquals("第 7 行 → #12，与 #5 为同一人", zh.detail(row));
        assertEquals("row 7 → #12, the same person as #5", en.detail(row));
        String ended = Worded.of("audit.words.importEndedBecause", "talents.csv", 0, 0, 2, 0, "import.outcome.cancelled");
        assertEquals("文件 talents.csv：导入 0 行，待定 0 行，有误 2 行，撤回 0 行。导入已取消。", zh.detail(ended),
                "an argument that is a message is read in the reader's language too");
        assertEquals("1234 rows", en.detail(Worded.of("audit.words.exported", 1234)));
        assertEquals("12 rows, cut short by the client", zh.detail("12 rows, cut short by the client"), "an entry written before reads as written");
        assertEquals("{\"words\":\"no.such.message\",\"args\":[]}", zh.detail("{\"words\":\"no.such.message\",\"args\":[]}"));
        assertEquals("{\"words\": oops", zh.detail("{\"words\": oops"), "not JSON: as written");
    }

    /** a feature's words for its values come first; one that fails leaves the value as the trail shows any value, the page intact */
    @Test
    void aFeaturesWordsForAValueComeFirstAndItsFailureCostsOnlyTheWords() {
        StepWords worded = new StepWords() {
            @Override
            public String words(String action, String detail, Locale locale) {
                return null;
            }

            @Override
            public String value(RecordRef record, String field, String value, Locale locale) {
                if (value.equals("boom")) {
                    throw new IllegalStateException("a shape it does not expect");
                }
                return field.equals("notes") ? "«" + value + "»" : null;
            }
        };
        AuditLabels labels = new AuditLabels(Messages.CHINESE, ZoneId.of("UTC"), TYPES, 0, List.of(worded));
        AuditRow row = new AuditRow(1, Instant.EPOCH, "office", "OFFICE", "TALENT:12", "TALENT:12", "UPDATED", List.of(
                new Change("notes", "boom", "备注")), false, null);
        assertEquals(Messages.text(Messages.CHINESE, "talent.notes") + "：boom → «备注»", labels.changes(row));
    }

    /** what a page reads the names of at once: what it shows of a row, and no more (a list's first five) */
    @Test
    void aPageNamesTheRecordsARowShows() {
        AuditRow viewed = new AuditRow(1, Instant.EPOCH, "office", "OFFICE", "TALENT", null, "VIEWED", List.of(), false,
                "TALENT:1 TALENT:2 TALENT:3 TALENT:4 TALENT:5 TALENT:6");
        assertEquals(List.of("TALENT", "TALENT:1", "TALENT:2", "TALENT:3", "TALENT:4", "TALENT:5"), AuditLabels.namedOn(viewed).toList());
        AuditRow changed = new AuditRow(2, Instant.EPOCH, "office", "OFFICE", "TEAM:3", "PLATFORM:2", "UPDATED", List.of(
                new Change("leader", "TALENT:7", "TALENT:8"), new Change("name", "A:1 团队", "B")), false, "备注 TALENT:9");
        assertEquals(List.of("TEAM:3", "PLATFORM:2", "TALENT:7", "TALENT:8"), AuditLabels.namedOn(changed).toList());
    }
}
