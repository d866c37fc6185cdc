package cn.wulian.liancai.talent.control;

import java.io.Serializable;
import java.util.List;

/** Two talents that may be one person, the lower id first, with the reasons they matched and the score (DuplicateKeys). */
public record DuplicatePair(long firstId, String firstName, long secondId, String secondName, int score, List<String> reasons) implements Serializable {
}
