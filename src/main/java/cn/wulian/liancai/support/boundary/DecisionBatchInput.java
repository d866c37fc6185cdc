package cn.wulian.liancai.support.boundary;

import java.util.List;
import java.util.Map;

/**
 * One decision on many applications: {@code ids}, {@code decision} APPROVE (each for the amount it
 * asked, or the policy's benefit; {@code note} as the conditions) or RETURN (rejected, {@code note}
 * as the reason, required). {@code versions} ({@code {"12": 3}}) are the versions the caller read;
 * an application decided by someone else since is then reported. One without is decided as it
 * stands.
 */
public record DecisionBatchInput(List<Long> ids, String decision, String note, Map<String, Long> versions) {

    Long versionOf(long id) {
        return versions == null ? null : versions.get(String.valueOf(id));
    }
}
