package cn.wulian.liancai.backup.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names, listing and retention of backup folders. */
class BackupFoldersTest {

    private static final ZonedDateTime NOON = ZonedDateTime.of(2026, 12, 5, 12, 0, 0, 0, ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dir;

    @Test
    void foldersAreNamedByTheirStartAndListedNewestFirst() {
        BackupFolders folders = new BackupFolders(dir);
        assertEquals("liancai-20261205-120000", folders.create(NOON).getFileName().toString());
        assertEquals("liancai-20261205-120000-2", folders.create(NOON).getFileName().toString(), "a second one in the same second");
        folders.create(NOON.plusSeconds(1));
        folders.create(NOON.minusDays(1));
        assertEquals(List.of("liancai-20261205-120001", "liancai-20261205-120000-2", "liancai-20261205-120000", "liancai-20261204-120000"),
                folders.list().stream().map(BackupFolders.Entry::name).toList());
    }

    @Test
    void onlyBackupNamesAreFound() throws IOException {
        BackupFolders folders = new BackupFolders(dir.resolve("backups"));
        folders.create(NOON);
        Files.createDirectories(dir.resolve("secret"));
        assertTrue(folders.find("liancai-20261205-120000").isPresent());
        for (String name : new String[] {"../secret", "liancai-20261205-120000/..", "secret", "", null, "liancai-20261205-120001"}) {
            assertEquals(Optional.empty(), folders.find(name), name);
        }
    }

    @Test
    void retentionKeepsTheNewestVerifiedAndTheFailuresAmongThemAndDeletesTheRest() throws IOException {
        BackupFolders folders = new BackupFolders(dir);
        // oldest to newest: v = verified, f = failed, u = unfinished (no manifest)
        String[] kinds = {"v", "f", "v", "u", "v", "f", "v", "u"};
        for (int i = 0; i < kinds.length; i++) {
            Path folder = folders.create(NOON.plusHours(i));
            if (!kinds[i].equals("u")) {
                manifest(folder, kinds[i].equals("v"));
            }
        }
        String running = "liancai-20261205-190000";
        assertEquals(List.of(), folders.prune(0, running), "0 keeps all");
        assertEquals(List.of(), folders.prune(5, running), "fewer verified than kept: nothing goes");
        List<String> deleted = folders.prune(2, running);
        assertEquals(List.of("liancai-20261205-150000", "liancai-20261205-140000", "liancai-20261205-130000", "liancai-20261205-120000"), deleted);
        assertEquals(List.of("liancai-20261205-190000", "liancai-20261205-180000", "liancai-20261205-170000", "liancai-20261205-160000"),
                folders.list().stream().map(BackupFolders.Entry::name).toList(), "the running one, two verified and the failure between them");
        assertEquals(List.of("liancai-20261205-170000", "liancai-20261205-160000"), folders.prune(1, running));
        assertEquals(List.of("liancai-20261205-190000", "liancai-20261205-180000"), folders.list().stream().map(BackupFolders.Entry::name).toList());
    }

    /** two installations side by side share the default folder: each kept its seven and deleted the other's */
    @Test
    void anotherDatabasesBackupsInTheFolderAreNamedAsSuchAndNeverDeletedByThisOne() throws IOException {
        BackupFolders ours = new BackupFolders(dir, "id-a", "/srv/a-data");
        BackupFolders theirs = new BackupFolders(dir, "id-b", "/srv/b-data");
        manifest(new BackupFolders(dir).create(NOON), true); // before backups named their database: taken as ours
        for (int i = 1; i <= 3; i++) {
            manifest(theirs.create(NOON.plusHours(i)), true);
            manifest(ours.create(NOON.plusHours(i).plusMinutes(30)), true);
        }
        List<BackupFolders.Entry> listed = ours.list();
        assertEquals(7, listed.size(), "theirs are listed too");
        assertEquals(List.of(false, true, false, true, false, true, false), listed.stream().map(e -> e.ofAnother("id-a")).toList());
        assertEquals(Optional.of("id-b"), listed.get(1).source());
        assertEquals(Optional.of("/srv/b-data"), listed.get(1).origin());

        assertEquals(List.of("liancai-20261205-143000", "liancai-20261205-133000", "liancai-20261205-120000"), ours.prune(1, null),
                "ours beyond the newest one");
        assertEquals(List.of("liancai-20261205-153000", "liancai-20261205-150000", "liancai-20261205-140000", "liancai-20261205-130000"),
                ours.list().stream().map(BackupFolders.Entry::name).toList(), "all of theirs kept");
    }

    /** a database is known by an id kept in its folder, not by the folder's path, which a restore or a move changes */
    @Test
    void aRestoredDatabaseGoesOnUnderTheIdItsBackupsKnowItBy() throws IOException {
        Path data = dir.resolve("data");
        String id = BackupFolders.databaseId(data);
        assertEquals(id, BackupFolders.databaseId(data), "made once");
        assertNotEquals(id, BackupFolders.databaseId(dir.resolve("other-data")));
        Path backup = new BackupFolders(dir.resolve("backups"), id, data.toString()).create(NOON);

        Path restored = dir.resolve("restored");
        Files.createDirectories(restored);
        BackupFolders.adopt(backup, restored);
        assertEquals(id, BackupFolders.databaseId(restored));
        assertFalse(new BackupFolders(dir.resolve("backups"), id, null).list().get(0).ofAnother(BackupFolders.databaseId(restored)));
    }

    private static void manifest(Path folder, boolean verified) throws IOException {
        new Manifest(folder.getFileName().toString(), Instant.parse("2026-12-05T04:00:00Z"), Instant.parse("2026-12-05T04:00:03Z"),
                "Apache Derby", "14 change sets, last x", new java.util.TreeMap<>(Map.of("talent", 3L)), 3, verified,
                verified ? null : "broken", 1000).writeTo(folder);
    }
}
