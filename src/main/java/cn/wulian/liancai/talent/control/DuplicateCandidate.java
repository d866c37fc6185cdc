package cn.wulian.liancai.talent.control;

import java.io.Serializable;
import java.util.List;

/**
 * An existing talent that a record may be the same person as: why (DuplicateKeys' reason codes) and how likely (score,
 * at most 100). Kept by the profile's view, so serialisable with the session.
 */
public record DuplicateCandidate(long talentId, String name, int score, List<String> reasons) implements Serializable {
}
