package cn.wulian.liancai.project.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.wulian.liancai.project.entity.FlagRules;
import cn.wulian.liancai.shared.i18n.Messages;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The one line that says why a project carries each flag, in both languages. */
class FlagReasonsTest {

    static final LocalDate OPENED = LocalDate.of(2025, 3, 1);

    static ProjectJson project(boolean yellow, boolean red, boolean plaque, int met, LocalDate lastUpdate) {
        return new ProjectJson(1, "石材项目", null, null, 7L, "孙晓莲", "fatong", "法桐小院", "新材料", null, null, null,
                null, null, "王建国", null, null, null, null, null, null, "STARTED", OPENED, OPENED, null,
                40, lastUpdate, 3, met, null, new ProjectJson.FlagsJson(yellow, red, plaque), null, null, 1);
    }

    static MilestoneJson milestone(String title, String due, String state) {
        return new MilestoneJson(title.length(), title, LocalDate.parse(due), "标准", null, null, state);
    }

    @Test
    void yellowNamesTheEarliestOverdueMilestoneAndCountsTheOthers() {
        List<MilestoneJson> milestones = List.of(milestone("签订协议", "2025-05-31", "MET"),
                milestone("设备进场", "2026-11-15", "OVERDUE"), milestone("主体完工", "2026-10-31", "OVERDUE"),
                milestone("投产", "2027-06-30", "OPEN"));
        List<FlagReasons.Reason> reasons = FlagReasons.of(project(true, false, false, 1, null), milestones, List.of(),
                FlagRules.DEFAULT, Messages.CHINESE);
        assertEquals(List.of(new FlagReasons.Reason("YELLOW", "节点「主体完工」承诺 2026-10-31，尚未完成（另有 1 个节点逾期）")), reasons);
        assertEquals("Milestone \"主体完工\" was due 2026-10-31 and is not met (1 more overdue)",
                FlagReasons.of(project(true, false, false, 1, null), milestones, List.of(), FlagRules.DEFAULT, Locale.ENGLISH)
                        .getFirst().text());
    }

    @Test
    void redSaysHowManyAreMetAndHowRecentTheLastUpdateIs() {
        List<FlagReasons.Reason> reasons = FlagReasons.of(project(false, true, false, 2, LocalDate.of(2026, 11, 20)), List.of(), List.of(),
                new FlagRules(30, 1), Messages.CHINESE);
        assertEquals(List.of(new FlagReasons.Reason("RED", "到期节点均按期完成，已完成 2 个节点，最近更新 2026-11-20（30 天内）")), reasons);
    }

    @Test
    void plaqueComparesTheDayOfProductionWithTheFinalDueDate() {
        List<StepJson> steps = List.of(new StepJson(1, "STARTED", "PRODUCING", LocalDate.of(2026, 6, 1), "office", null, null));
        List<MilestoneJson> milestones = List.of(milestone("开园", "2027-05-01", "OPEN"), milestone("签约", "2024-05-01", "MET"));
        List<FlagReasons.Reason> reasons = FlagReasons.of(project(false, false, true, 1, null), milestones, steps, FlagRules.DEFAULT,
                Locale.ENGLISH);
        assertEquals(List.of(new FlagReasons.Reason("PLAQUE", "In production on 2026-06-01, before the final milestone's due date 2027-05-01")),
                reasons);
    }

    @Test
    void aProjectWithoutFlagsHasNoReasons() {
        assertEquals(List.of(), FlagReasons.of(project(false, false, false, 0, null),
                List.of(milestone("设备进场", "2026-11-15", "OVERDUE")), List.of(), FlagRules.DEFAULT, Messages.CHINESE));
    }
}
