package cn.wulian.liancai.award.entity;

import static cn.wulian.liancai.shared.TestClock.CLOCK;
import static cn.wulian.liancai.talent.entity.TalentBuilder.talent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An erased nominee's name goes from what was written about them; the rest of the text stays. */
class NominationErasureTest {

    @Test
    void theNameGoesFromTheStatementAndTheAchievements() {
        Nomination n = new Nomination(AwardCycleTest.cycle(), "innovation", talent("赵兵建").build(), "赵兵建引荐新能源专用车项目，计划投资 30 亿元。",
                List.of(new Achievement(2024, "赵兵建团队获省级科技进步奖", null, null)), "office", null, CLOCK);
        n.forgetName("赵兵建", "已注销 #300");
        assertEquals("已注销 #300引荐新能源专用车项目，计划投资 30 亿元。", n.getStatement());
        assertEquals("已注销 #300团队获省级科技进步奖", n.achievements().getFirst().title());
        assertFalse(n.getStatement().contains("赵兵建"));
        n.forgetName(null, "已注销 #300");
        assertEquals("已注销 #300团队获省级科技进步奖", n.achievements().getFirst().title(), "no former name, nothing to replace");
    }
}
