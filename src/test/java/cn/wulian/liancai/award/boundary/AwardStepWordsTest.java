package cn.wulian.liancai.award.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.wulian.liancai.award.control.AwardSteps;
import cn.wulian.liancai.award.entity.Criterion;
import cn.wulian.liancai.award.entity.ReviewAssignment;
import cn.wulian.liancai.shared.audit.RecordRef;
import cn.wulian.liancai.shared.audit.StepWords;
import cn.wulian.liancai.shared.i18n.Messages;
import cn.wulian.liancai.shared.security.Caller;
import cn.wulian.liancai.shared.security.CallerDirectory;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * An award step's particulars read in the page's language from the data the step recorded, not
 * from an English sentence; entries recorded as sentences before still read.
 */
class AwardStepWordsTest {

    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{3,}");

    private int lookedUp;

    private final AwardStepWords words = new AwardStepWords() {
        @Override
        List<Criterion> criteria(RecordRef record) {
            // the sheet's cycle, as the database would give it; a record that is gone has none
            return record.id() == 404 ? List.of() : List.of(
                    new Criterion("impact", "创新创业成效", new BigDecimal("30"), 0, 10, ""),
                    new Criterion("return", "返乡贡献", new BigDecimal("70"), 0, 10, ""));
        }
    };

    AwardStepWordsTest() {
        words.clock = Clock.fixed(Instant.parse("2026-06-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
        words.directory = new CallerDirectory() {
            @Override
            public Optional<Caller> find(String username) {
                lookedUp++;
                return "reviewer2".equals(username)
                        ? Optional.of(new Caller(2, username, "孙国栋", "REVIEWER", true, null, null, 0, false)) : Optional.empty();
            }

            @Override
            public void failedLogin(String username) {
            }

            @Override
            public FailedLogins loggedIn(String username) {
                return FailedLogins.NONE;
            }
        };
        words.mapper = new AwardJsonMapper() {
            @Override
            Map<String, String> categoryNames(Locale locale) {
                return Map.of("innovation", "en".equals(locale.getLanguage()) ? "Innovation" : "创新创业类");
            }
        };
    }

    @Test
    void aChangedReviewReadsInChineseWithoutAnEnglishWordAndInEnglishWhenSwitched() {
        String detail = "{\"revision\":2,\"total\":85.5,\"scores\":{\"影响力\":8,\"成效\":9},\"reason\":\"补充材料\","
                + "\"othersSeenAt\":\"2026-05-30T01:30:00Z\"}";
        String chinese = words.words("REVIEW_CHANGE_FLAGGED", detail, Messages.CHINESE);
        assertEquals("第 2 版，总分 85.5：影响力 8、成效 9；修改理由：补充材料；看过他人评分（2026-05-30 09:30）后修改，办公室确认后计入", chinese);
        assertFalse(LATIN_WORD.matcher(chinese).find(), chinese);
        assertEquals("revision 2, total 85.5: 影响力 8, 成效 9; reason: 补充材料; changed after seeing the other sheets (2026-05-30 09:30);"
                + " counts once the office confirms", words.words("REVIEW_CHANGE_FLAGGED", detail, Locale.ENGLISH));
    }

    @Test
    void everyStepTheAwardRecordsReadsInChinese() {
        Map<String, String> steps = Map.of(
                "NOMINATED", AwardSteps.nominated("innovation", 12),
                "ASSIGNED", AwardSteps.assigned("reviewer2", true),
                "CONFLICT_FLAGGED", AwardSteps.conflict("亲属关系", Instant.parse("2026-05-30T01:30:00Z")),
                "DECIDED", AwardSteps.decided(false, null),
                "PUBLISHED", AwardSteps.published(LocalDate.of(2026, 6, 8)),
                "FLAG_REJECTED", AwardSteps.settled(ReviewAssignment.Flag.CHANGE, "reviewer2", 2, 1, false));
        steps.forEach((action, detail) -> {
            String said = words.words(action, detail, Messages.CHINESE);
            assertFalse(LATIN_WORD.matcher(said).find(), action + ": " + said);
        });
        assertEquals("创新创业类 · 人才 #12", words.words("NOMINATED", steps.get("NOMINATED"), Messages.CHINESE));
        assertEquals("孙国栋 · 自动", words.words("ASSIGNED", steps.get("ASSIGNED"), Messages.CHINESE));
        assertEquals("公示至 2026-06-08", words.words("PUBLISHED", steps.get("PUBLISHED"), Messages.CHINESE));
        assertEquals("评委 孙国栋 修改为第 2 版：驳回，仍计入第 1 版", words.words("FLAG_REJECTED", steps.get("FLAG_REJECTED"), Messages.CHINESE));
        assertEquals("Innovation · talent #12", words.words("NOMINATED", steps.get("NOMINATED"), Locale.ENGLISH));
    }

    @Test
    void anEntryRecordedAsASentenceBeforeReadsAsItWasWritten() {
        assertEquals("winner: 成效突出", words.words("DECIDED", "winner: 成效突出", Messages.CHINESE));
        assertEquals("孙国栋 · 自动", words.words("ASSIGNED", "reviewer2 (auto)", Messages.CHINESE));
        assertEquals("创新创业类 · 人才 #12", words.words("NOMINATED", "innovation TALENT:12", Messages.CHINESE));
        assertNull(words.words("UPDATED", "{\"x\":1}", Messages.CHINESE), "not an award step: the trail's own words");
    }

    /** the award's data among the trail's changes reads in words: names for codes, sentences for JSON */
    @Test
    void theAwardsValuesInTheTrailReadInWords() {
        RecordRef revision = new RecordRef("REVIEW_REVISION", 7L);
        String sheet = "{\"comment\":\"项目体量大\",\"comments\":{\"return\":\"已投产\"},\"scores\":{\"return\":7,\"impact\":6}}";
        assertEquals("评分：创新创业成效 6、返乡贡献 7；分项评语：返乡贡献 已投产；总评：项目体量大",
                words.value(revision, "sheetJson", sheet, Messages.CHINESE), "the rubric's names, in its order");
        assertEquals("scores: 创新创业成效 6, 返乡贡献 7; comments per criterion: 返乡贡献 已投产; overall comment: 项目体量大",
                words.value(revision, "sheetJson", sheet, Locale.ENGLISH));
        assertEquals("评分：impact 6、return 7", words.value(new RecordRef("REVIEW_ASSIGNMENT", 404L), "draftJson",
                "{\"scores\":{\"return\":7,\"impact\":6}}", Messages.CHINESE), "codes, sorted, once the sheet's cycle is gone");
        assertEquals("创新创业类", words.value(new RecordRef("NOMINATION", 3L), "category", "innovation", Messages.CHINESE));
        RecordRef cycle = new RecordRef("AWARD_CYCLE", 2L);
        assertEquals("创新创业类 2 名、service 1 名", words.value(cycle, "categoriesJson",
                "[{\"code\":\"innovation\",\"quota\":2},{\"code\":\"service\",\"quota\":1}]", Messages.CHINESE));
        assertEquals("创新创业成效（权重 30，0–10 分）", words.value(cycle, "rubricJson",
                "[{\"code\":\"impact\",\"name\":\"创新创业成效\",\"weight\":30,\"min\":0,\"max\":10,\"guidance\":\"……\"}]", Messages.CHINESE));
        assertEquals("孙国栋、reviewer9", words.value(cycle, "committeeJson", "[\"reviewer2\",\"reviewer9\"]", Messages.CHINESE),
                "by name where the account has one");
        assertNull(words.value(cycle, "name", "2026 年度杰出莲才奖", Messages.CHINESE), "text is the trail's to show");
        assertNull(words.value(revision, "sheetJson", "not a sheet", Messages.CHINESE), "an older shape reads as written");
        assertNull(words.value(new RecordRef("TALENT", 1L), "category", "innovation", Messages.CHINESE), "not the award's record");
    }

    /** JSON null, or a list with a hole, is no value to word; a page's reading looks each person up once */
    @Test
    void nothingIsWordedFromJsonNullAndAReadingLooksUpOnce() {
        RecordRef cycle = new RecordRef("AWARD_CYCLE", 2L);
        assertNull(words.value(cycle, "committeeJson", "null", Messages.CHINESE));
        assertNull(words.value(new RecordRef("REVIEW_REVISION", 7L), "sheetJson", "null", Messages.CHINESE));
        assertEquals("孙国栋", words.value(cycle, "committeeJson", "[null,\"reviewer2\"]", Messages.CHINESE));
        lookedUp = 0;
        words.value(cycle, "committeeJson", "[\"reviewer2\",\"reviewer2\"]", Messages.CHINESE);
        assertEquals(2, lookedUp, "the shared words keep nothing between pages");
        lookedUp = 0;
        StepWords reading = words.reading();
        reading.value(cycle, "committeeJson", "[\"reviewer2\",\"reviewer2\"]", Messages.CHINESE);
        reading.value(cycle, "committeeJson", "[\"reviewer2\"]", Messages.CHINESE);
        assertEquals(1, lookedUp, "one page's reading looks a person up once");
    }
}
