package cn.wulian.liancai.backup.boundary;

import cn.wulian.liancai.backup.control.Manifest;
import cn.wulian.liancai.backup.control.Restore;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * {@code ./mvnw -Prestore -Dbackup=<backup folder> -Ddata=<data folder> [-Doverwrite=true]}: puts a
 * verified backup's database and search index into a data folder, for the application (stopped) to
 * start on exactly that data. Refuses a data folder that is not empty unless {@code overwrite}, and
 * one whose application still runs. Exit code 0 when restored, 1 when refused, 2 on a usage error.
 */
public final class RestoreCommand {

    private RestoreCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(System.getProperty("backup"), System.getProperty("data"), Boolean.getBoolean("overwrite")));
    }

    /** the command without its exit, for the tests */
    public static int run(String backup, String data, boolean overwrite) {
        if (backup == null || backup.isBlank() || data == null || data.isBlank()) {
            System.err.println("usage: ./mvnw -Prestore -Dbackup=<backup folder> -Ddata=<data folder> [-Doverwrite=true]");
            return 2;
        }
        Path dataDir = Path.of(data).toAbsolutePath().normalize();
        // Derby's log of the restore goes where the application's goes, not into the working directory
        System.setProperty("derby.stream.error.file", dataDir.resolve("derby.log").toString());
        try {
            Manifest restored = restore(Path.of(backup).toAbsolutePath().normalize(), dataDir, overwrite);
            System.out.println("restored backup " + restored.name() + " (" + restored.startedAt() + ", " + restored.rows().getOrDefault("talent", 0L)
                    + " talents, " + restored.indexDocs() + " index documents) into " + dataDir);
            System.out.println("start the application on it, e.g. LIANCAI_DATA_DIR=" + dataDir + " ./mvnw -Prun");
            return 0;
        } catch (IllegalArgumentException | IllegalStateException | UnsupportedOperationException e) {
            System.err.println("NOT RESTORED: " + e.getMessage());
            return 1;
        } catch (IOException | SQLException | RuntimeException e) {
            System.err.println("RESTORE FAILED: " + e + " — the data folder " + dataDir + " may be incomplete: restore again with -Doverwrite=true");
            return 1;
        }
    }

    /**
     * The one place where a restore happens (the database of the data folder is the backup's from
     * here on): what must be recorded about restores belongs here.
     */
    static Manifest restore(Path backup, Path dataDir, boolean overwrite) throws IOException, SQLException {
        return Restore.restore(backup, dataDir, overwrite);
    }
}
