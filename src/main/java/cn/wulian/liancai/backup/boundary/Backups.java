package cn.wulian.liancai.backup.boundary;

import cn.wulian.liancai.backup.control.BackupFolders;
import cn.wulian.liancai.backup.control.BackupRun;
import cn.wulian.liancai.backup.control.DatabaseCopies;
import cn.wulian.liancai.backup.control.Manifest;
import cn.wulian.liancai.search.boundary.SearchIndex;
import cn.wulian.liancai.shared.NotFound;
import cn.wulian.liancai.shared.persistence.Database;
import cn.wulian.liancai.shared.audit.Actor;
import cn.wulian.liancai.shared.audit.AuditTrail;
import cn.wulian.liancai.shared.audit.RecordRef;
import cn.wulian.liancai.shared.security.CurrentUser;
import cn.wulian.liancai.shared.security.Role;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The backups of this installation: an administrator starts one (it runs in the background), the
 * schedule runs one daily, both see the list. One runs at a time; a second request meanwhile is
 * refused ({@link BackupRunning}). After a verified backup the oldest beyond {@code
 * liancai.backup.keep} are deleted.
 */
@ApplicationScoped
public class Backups {

    private static final Logger LOG = Logger.getLogger(Backups.class.getName());
    private static final String WHY = "backups are the administrator's";

    /** the backup that runs now */
    public record Running(String name, Instant startedAt) {
    }

    @Resource(lookup = Database.JNDI)
    DataSource database;

    @Resource
    ManagedExecutorService executor;

    @Inject
    SearchIndex search;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    AuditTrail trail;

    @Inject
    @ConfigProperty(name = "liancai.data.dir", defaultValue = "data")
    String dataDir;

    /** empty: {@code backups} beside the data folder */
    @Inject
    @ConfigProperty(name = "liancai.backup.dir")
    Optional<String> backupDir;

    @Inject
    @ConfigProperty(name = "liancai.backup.keep", defaultValue = "7")
    int keep;

    private final AtomicReference<Running> running = new AtomicReference<>();

    /**
     * An administrator's "back up now": starts a backup in the background and answers at once with
     * its name, which {@link #find} follows until it is no longer running.
     *
     * @throws BackupRunning while another backup runs
     */
    public BackupJson start() {
        user.requireRole(WHY, Role.ADMIN);
        String by = user.getUsername();
        unsupportedDatabase().ifPresent(product -> {
            throw new BackupUnsupported(product);
        });
        Running started = begin();
        try {
            executor.execute(() -> runAndRecord(started, by));
        } catch (RuntimeException e) {
            running.set(null);
            throw e;
        }
        return BackupJson.running(started.name(), started.startedAt());
    }

    /** the daily backup; waits until it is done. Skipped (logged) while another one runs. */
    public void runScheduled() {
        Optional<String> unsupported = unsupportedDatabase();
        if (unsupported.isPresent()) {
            LOG.warning(() -> "daily backup skipped: the database is " + unsupported.get()
                    + ", which is backed up with its own tools (pg_dump, README \"PostgreSQL\"), not by the app");
            return;
        }
        Running started;
        try {
            started = begin();
        } catch (BackupRunning busy) {
            LOG.warning(() -> "daily backup skipped: " + busy.getMessage());
            return;
        }
        runAndRecord(started, "schedule");
    }

    /** every backup, newest first */
    public List<BackupJson> list() {
        user.requireRole(WHY, Role.ADMIN);
        Running now = running.get();
        String ours = ours();
        return folders().list().stream().map(entry -> BackupJson.of(entry, now, ours)).toList();
    }

    public BackupJson find(String name) {
        user.requireRole(WHY, Role.ADMIN);
        Running now = running.get();
        return folders().find(name).map(entry -> BackupJson.of(entry, now, ours())).orElseThrow(() -> new NotFound("backup", name));
    }

    /** the backup that runs now, if any */
    public Optional<Running> running() {
        return Optional.ofNullable(running.get());
    }

    /** where the backups go */
    public Path folder() {
        return folders().root();
    }

    /**
     * The database product when the app cannot back it up (PostgreSQL: pg_dump does, README); empty
     * for embedded Derby. A database that cannot be reached says nothing here: the backup then fails
     * and says why.
     */
    public Optional<String> unsupportedDatabase() {
        try (Connection connection = database.getConnection()) {
            return DatabaseCopies.unsupported(connection);
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    private Running begin() {
        Running placeholder = new Running("", clock.instant());
        if (!running.compareAndSet(null, placeholder)) {
            throw new BackupRunning(running.get().name());
        }
        try {
            Path folder = folders().create(ZonedDateTime.now(clock));
            Running started = new Running(folder.getFileName().toString(), placeholder.startedAt());
            running.set(started);
            return started;
        } catch (RuntimeException e) {
            running.set(null);
            throw e;
        }
    }

    /**
     * The one place where a backup runs and its outcome is known (verified or not, by whom: an
     * account's user name or "schedule"): what must be recorded about backups belongs here.
     */
    Manifest runAndRecord(Running started, String by) {
        try {
            Path folder = folders().root().resolve(started.name());
            Manifest manifest = new BackupRun(database, search::backupTo, SearchIndex::verifyCopy, clock).run(folder);
            if (manifest.verified()) {
                LOG.info(() -> "backup " + manifest.name() + " (by " + by + ") verified in " + manifest.millis() + " ms: "
                        + manifest.rows().getOrDefault("talent", 0L) + " talents, " + manifest.indexDocs() + " index documents, "
                        + manifest.sizeBytes() + " bytes in " + folder);
                List<String> deleted = folders().prune(keep, null);
                if (!deleted.isEmpty()) {
                    LOG.info(() -> "backups deleted (keeping " + keep + " verified): " + deleted);
                }
            } else {
                LOG.severe(() -> "backup " + manifest.name() + " (by " + by + ") FAILED its verification: " + manifest.problem());
            }
            audit(manifest, by);
            return manifest;
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "backup " + started.name() + " (by " + by + ") failed", e);
            throw e;
        } finally {
            running.set(null);
        }
    }

    /**
     * The backup in the trail: who asked (an administrator, or the schedule), which folder, whether it
     * verified. A trail that cannot be written does not undo a backup already on disk: it is logged.
     */
    private void audit(Manifest manifest, String by) {
        try {
            trail.record(new Actor(by, "schedule".equals(by) ? null : Role.ADMIN), new RecordRef(KIND, null), null,
                    manifest.verified() ? BACKED_UP : BACKUP_FAILED, List.of(),
                    manifest.name() + (manifest.verified() ? "" : ": " + manifest.problem()));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "backup " + manifest.name() + " could not be written to the audit trail", e);
        }
    }

    static final String KIND = "BACKUP";
    static final String BACKED_UP = "BACKED_UP";
    static final String BACKUP_FAILED = "BACKUP_FAILED";

    /** this database, as its backups name it */
    private String ours() {
        return BackupFolders.databaseId(data());
    }

    private Path data() {
        return Path.of(dataDir).toAbsolutePath().normalize();
    }

    private BackupFolders folders() {
        Path data = data();
        return new BackupFolders(backupDir.filter(d -> !d.isBlank()).map(Path::of)
                .orElseGet(() -> data.resolveSibling("backups")), ours(), data.toString());
    }
}
