package cn.wulian.liancai.award.entity;

import java.util.Map;

/** A reviewer's scores by criterion code, a comment per criterion, and an overall comment. */
public record ReviewSheet(Map<String, Integer> scores, Map<String, String> comments, String comment) {

    public ReviewSheet {
        scores = scores == null ? Map.of() : Map.copyOf(scores);
        comments = comments == null ? Map.of() : Map.copyOf(comments);
    }
}
