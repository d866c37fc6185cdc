package cn.wulian.liancai.award.boundary;

import cn.wulian.liancai.shared.rest.Echoes;
import java.util.Map;

/**
 * A reviewer's sheet: scores by criterion code, a comment per criterion, an overall comment; when
 * changing a submitted review, the {@code reason}; the {@code version} of the review it was made on.
 */
@Echoes(AwardJsonViews.ReviewJson.class)
public record SheetInput(Map<String, Integer> scores, Map<String, String> comments, String comment, String reason, Long version) {
}
