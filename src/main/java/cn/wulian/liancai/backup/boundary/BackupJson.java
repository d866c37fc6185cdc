package cn.wulian.liancai.backup.boundary;

import cn.wulian.liancai.backup.control.BackupFolders;
import cn.wulian.liancai.backup.control.Manifest;
import java.io.Serializable;
import java.time.Instant;
import java.util.Map;

/**
 * A backup as the API and the page show it. {@code state}: {@code RUNNING}; {@code VERIFIED}; {@code
 * FAILED} (written but its verification failed: {@code problem} says why); {@code INCOMPLETE} (it
 * stopped before it finished, e.g. the application stopped). Counts are those found in the copies.
 */
public record BackupJson(
        String name,
        String state,
        Instant startedAt,
        Instant finishedAt,
        Long durationMillis,
        Long sizeBytes,
        String database,
        String schema,
        Map<String, Long> rows,
        Long indexDocs,
        boolean verified,
        String problem,
        String source,
        boolean otherDatabase) implements Serializable {

    public static final String RUNNING = "RUNNING";
    public static final String VERIFIED = "VERIFIED";
    public static final String FAILED = "FAILED";
    public static final String INCOMPLETE = "INCOMPLETE";

    static BackupJson running(String name, Instant startedAt) {
        return new BackupJson(name, RUNNING, startedAt, null, null, null, null, null, Map.of(), null, false, null, null, false);
    }

    static BackupJson of(Manifest m) {
        return new BackupJson(m.name(), m.verified() ? VERIFIED : FAILED, m.startedAt(), m.finishedAt(), m.millis(), m.sizeBytes(),
                m.database(), m.schema(), m.rows(), m.indexDocs(), m.verified(), m.problem(), null, false);
    }

    /** running until the run is over, retention included: only then may the next one start */
    static BackupJson of(BackupFolders.Entry entry, Backups.Running running) {
        if (running != null && running.name().equals(entry.name())) {
            return running(entry.name(), running.startedAt());
        }
        if (entry.manifest().isPresent()) {
            return of(entry.manifest().get());
        }
        return new BackupJson(entry.name(), INCOMPLETE, null, null, null, BackupFolders.size(entry.path()), null, null, Map.of(), null, false,
                null, null, false);
    }

    /**
     * As {@link #of(BackupFolders.Entry, Backups.Running)}, saying which database it copies ({@code source}, its data
     * folder then; absent for backups made before they named it) and whether that is another than {@code ours}: a folder
     * shared by two installations lists both's, and a restore of the other's would bring back another registry.
     */
    static BackupJson of(BackupFolders.Entry entry, Backups.Running running, String ours) {
        BackupJson b = of(entry, running);
        return new BackupJson(b.name, b.state, b.startedAt, b.finishedAt, b.durationMillis, b.sizeBytes, b.database, b.schema, b.rows,
                b.indexDocs, b.verified, b.problem, entry.origin().or(entry::source).orElse(null), entry.ofAnother(ours));
    }

    /** the talents in the copy, the one count the page shows beside the total */
    public Long talents() {
        return rows.get("talent");
    }

    /** all rows of the copy, over every table */
    public long totalRows() {
        return rows.values().stream().mapToLong(Long::longValue).sum();
    }

    public boolean isRunning() {
        return RUNNING.equals(state);
    }
}
