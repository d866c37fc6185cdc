package cn.wulian.liancai.talent.control;

import java.util.List;

/** STAND-IN until the merge branch lands */
public record DuplicateCandidate(long talentId, String name, int score, List<String> reasons) {
}
