package cn.wulian.liancai.talent.boundary;

import java.util.List;
import java.util.Map;

/**
 * A change of many talents picked from the list: {@code ids}, and {@code stage} (a {@code Stage}
 * code), {@code liaison} (an office user's name) or both. {@code versions} ({@code {"12": 3}}) are
 * the versions the caller read; a talent saved by someone else since is then reported, not
 * overwritten. A talent without one is changed as it stands.
 */
public record TalentBatchInput(List<Long> ids, String stage, String liaison, Map<String, Long> versions) {

    /** the version read of this talent, or null */
    Long versionOf(long id) {
        return versions == null ? null : versions.get(String.valueOf(id));
    }
}
