package cn.wulian.liancai.talent.boundary;

import java.util.Map;

/**
 * A merge as a person decided it: which record survives, which is merged into it, the versions
 * both were read at, and per differing field whose value the survivor keeps ("survivor" |
 * "merged"; a field left out keeps the default: the survivor's, or the other's where the
 * survivor's is empty).
 */
public record MergeInput(Long survivorId, Long mergedId, Long survivorVersion, Long mergedVersion, Map<String, String> fields) {
}
