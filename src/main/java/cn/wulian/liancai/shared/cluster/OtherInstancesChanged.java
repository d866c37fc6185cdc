package cn.wulian.liancai.shared.cluster;

import java.util.Map;
import java.util.Set;

/**
 * Fired on this instance when other instances sharing its database committed changes: record ids
 * by {@link ChangeLog} kind. Heard by what keeps a copy of the database in memory or on its own
 * disk (the search index, the caches of accounts), which brings that copy in step. Fired on the
 * follower's thread, outside any transaction.
 */
public record OtherInstancesChanged(Map<String, Set<Long>> idsByKind) {

    public Set<Long> ids(String kind) {
        return idsByKind.getOrDefault(kind, Set.of());
    }

    public boolean has(String kind) {
        return idsByKind.containsKey(kind);
    }
}
