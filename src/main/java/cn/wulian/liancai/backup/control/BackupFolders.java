package cn.wulian.liancai.backup.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The backups folder: one folder per backup, named by its start on the county's clock ({@code
 * liancai-20261205-023000}, {@code -2} … for a second one in the same second), so that names sort
 * by time. Only names of that form are listed, found or deleted: a name from a request can never
 * reach outside the folder.
 */
public final class BackupFolders {

    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("'liancai-'yyyyMMdd-HHmmss");
    private static final Pattern NAMED = Pattern.compile("liancai-\\d{8}-\\d{6}(-\\d{1,3})?");

    /** in each backup's folder from its start: the database it copies, its id and then its data folder, one line each */
    static final String SOURCE = "source";
    /**
     * In the data folder: the id its backups know the database by, made once at random. Its path would not do: a
     * restore into a new folder, or a move, would have made every earlier backup another database's.
     */
    static final String DATABASE_ID = "backup-source";

    private final Path root;
    private final String source;
    private final String shownAs;

    public BackupFolders(Path root) {
        this(root, null, null);
    }

    /**
     * @param source  the id of the database whose backups these are ({@link #databaseId}); backups of another database in the same
     *               folder are listed as such and never deleted by this one's retention. Two installations with data
     *               folders side by side ({@code /srv/a-data}, {@code /srv/b-data}) share the default folder beside them
     *               ({@code /srv/backups}): each deleted the other's backups beyond its own seven.
     * @param shownAs its data folder, written beside the id for a reader of the folder or the backups page
     */
    public BackupFolders(Path root, String source, String shownAs) {
        this.root = root.toAbsolutePath().normalize();
        this.source = source;
        this.shownAs = shownAs;
    }

    /** the id of the database in this data folder, made on first asking */
    public static String databaseId(Path data) {
        Path file = data.resolve(DATABASE_ID);
        try {
            if (Files.isRegularFile(file)) {
                String id = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (!id.isEmpty()) {
                    return id;
                }
            }
            Files.createDirectories(data);
            String id = UUID.randomUUID().toString();
            Files.writeString(file, id + "\n", StandardCharsets.UTF_8);
            return id;
        } catch (IOException unwritable) {
            return data.toAbsolutePath().normalize().toString(); // still one name per folder
        }
    }

    /** a database restored from a backup goes on under the id its backups know it by, whatever folder it is now in */
    public static void adopt(Path backup, Path data) throws IOException {
        Path source = backup.resolve(SOURCE);
        if (Files.isRegularFile(source)) {
            String id = Files.readAllLines(source, StandardCharsets.UTF_8).stream().findFirst().orElse("").strip();
            if (!id.isEmpty()) {
                Files.writeString(data.resolve(DATABASE_ID), id + "\n", StandardCharsets.UTF_8);
            }
        }
    }

    public Path root() {
        return root;
    }

    /** a backup in the folder: its name and, once it finished, its manifest */
    /** @param source the id of the database it copies, {@code origin} its data folder then (absent for backups of before) */
    public record Entry(String name, Path path, Optional<Manifest> manifest, Optional<String> source, Optional<String> origin) {
        public boolean verified() {
            return manifest.map(Manifest::verified).orElse(false);
        }

        /** a backup of another database than {@code ours}; one made before backups named theirs is taken as ours */
        public boolean ofAnother(String ours) {
            return ours != null && source.isPresent() && !source.get().equals(ours);
        }
    }

    /** creates the folder of a backup starting now and returns it */
    public Path create(ZonedDateTime now) {
        String base = NAME.format(now);
        try {
            Files.createDirectories(root);
            for (int n = 1; n < 1000; n++) {
                Path folder = root.resolve(n == 1 ? base : base + "-" + n);
                try {
                    Files.createDirectory(folder);
                    if (source != null) {
                        Files.writeString(folder.resolve(SOURCE), source + "\n" + (shownAs == null ? "" : shownAs + "\n"), StandardCharsets.UTF_8);
                    }
                    return folder;
                } catch (FileAlreadyExistsException taken) {
                    // a second backup in the same second
                }
            }
            throw new IllegalStateException("too many backups named " + base);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a backup folder in " + root, e);
        }
    }

    /** every backup, newest first */
    public List<Entry> list() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(Files::isDirectory)
                    .filter(p -> NAMED.matcher(p.getFileName().toString()).matches())
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed())
                    .map(BackupFolders::entry)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list backups in " + root, e);
        }
    }

    public Optional<Entry> find(String name) {
        if (name == null || !NAMED.matcher(name).matches() || !Files.isDirectory(root.resolve(name))) {
            return Optional.empty();
        }
        return Optional.of(entry(root.resolve(name)));
    }

    private static Entry entry(Path folder) {
        Optional<Manifest> manifest = Optional.empty();
        if (Files.exists(folder.resolve(Manifest.FILE))) {
            try {
                manifest = Optional.of(Manifest.readFrom(folder));
            } catch (IOException unreadable) {
                // listed as unfinished: a backup nobody can vouch for
            }
        }
        List<String> source = List.of();
        try {
            if (Files.isRegularFile(folder.resolve(SOURCE))) {
                source = Files.readAllLines(folder.resolve(SOURCE), StandardCharsets.UTF_8).stream().map(String::strip)
                        .filter(l -> !l.isEmpty()).toList();
            }
        } catch (IOException unreadable) {
            // as a backup of before: taken as this database's
        }
        return new Entry(folder.getFileName().toString(), folder, manifest, source.stream().findFirst(), source.stream().skip(1).findFirst());
    }

    /**
     * Keeps the newest {@code keep} verified backups of this database, and the unverified or unfinished ones newer
     * than the oldest of them (for the administrator to see); deletes all older ones. {@code
     * running} (a backup still being written, or null) is never deleted. Nothing is deleted while
     * fewer than {@code keep} verified backups exist, nor when {@code keep} is 0 or less (keep all).
     *
     * @return the names deleted
     */
    public List<String> prune(int keep, String running) {
        List<String> deleted = new ArrayList<>();
        if (keep <= 0) {
            return deleted;
        }
        int verified = 0;
        for (Entry entry : list()) {
            if (entry.ofAnother(source)) {
                continue; // another installation's, kept by its own retention
            }
            if (verified >= keep && !entry.name().equals(running)) {
                deleteTree(entry.path());
                deleted.add(entry.name());
            } else if (entry.verified()) {
                verified++;
            }
        }
        return deleted;
    }

    /** the bytes of the files under a folder */
    public static long size(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException gone) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure " + folder, e);
        }
    }

    static void deleteTree(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + folder, e);
        }
    }
}
