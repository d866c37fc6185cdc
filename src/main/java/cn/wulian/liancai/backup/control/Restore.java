package cn.wulian.liancai.backup.control;

import cn.wulian.liancai.search.boundary.SearchIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.stream.Stream;

/**
 * Puts a verified backup into a data folder, for the application to start on exactly the backup's
 * data. The application must be stopped: the index goes first, and is refused while a running
 * application holds it, before anything was changed. A folder with data in it is replaced only when
 * asked to ({@code overwrite}).
 */
public final class Restore {

    private Restore() {
    }

    /**
     * @return the manifest of the backup restored
     * @throws IllegalArgumentException if the folder holds no finished backup
     * @throws IllegalStateException    if the backup is not verified, the data folder is not empty
     *                                  (without {@code overwrite}) or in use
     */
    public static Manifest restore(Path backup, Path data, boolean overwrite) throws IOException, SQLException {
        Manifest manifest;
        try {
            manifest = Manifest.readFrom(backup);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(backup.toAbsolutePath() + " is not a finished backup: it has no " + Manifest.FILE);
        }
        if (!manifest.verified()) {
            throw new IllegalStateException("backup " + manifest.name() + " failed its verification (" + manifest.problem()
                    + "): choose another one");
        }
        if (!overwrite && hasContent(data)) {
            throw new IllegalStateException("the data folder " + data.toAbsolutePath()
                    + " is not empty: choose a new folder, or replace its data with -Doverwrite=true");
        }
        DatabaseCopies copies = DatabaseCopies.of(manifest.database());
        SearchIndex.restoreCopy(backup.resolve(BackupRun.INDEX), data);
        copies.restore(backup.resolve(BackupRun.DATABASE), data);
        BackupFolders.adopt(backup, data);
        return manifest;
    }

    private static boolean hasContent(Path data) throws IOException {
        if (!Files.isDirectory(data)) {
            return Files.exists(data);
        }
        try (Stream<Path> children = Files.list(data)) {
            return children.findAny().isPresent();
        }
    }
}
