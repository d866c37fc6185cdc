package cn.wulian.liancai.award.boundary;

import cn.wulian.liancai.award.entity.Achievement;
import java.util.List;

/** A nomination: the cycle, the category's code, the talent, the statement and the achievements [{year, title, detail, link}]. */
public record NominationInput(Long cycleId, String category, Long talentId, String statement, List<Achievement> achievements) {
}
