package cn.wulian.liancai.backup.control;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a finished backup holds, written last into its folder ({@code manifest.properties}, readable
 * without the application): when it ran, the database product and schema version, the row count of
 * every table and the documents of the index as found in the copies, and whether the copies passed
 * verification ({@code problem} says why not).
 */
public record Manifest(
        String name,
        Instant startedAt,
        Instant finishedAt,
        String database,
        String schema,
        SortedMap<String, Long> rows,
        long indexDocs,
        boolean verified,
        String problem,
        long sizeBytes) {

    public static final String FILE = "manifest.properties";
    private static final String ROWS = "rows.";

    public Manifest {
        rows = Collections.unmodifiableSortedMap(new TreeMap<>(rows));
    }

    public long millis() {
        return finishedAt.toEpochMilli() - startedAt.toEpochMilli();
    }

    /** writes the manifest into the folder; in one step, so that a half-written one is never read */
    void writeTo(Path folder) throws IOException {
        Properties p = new SortedProperties();
        p.setProperty("name", name);
        p.setProperty("startedAt", startedAt.toString());
        p.setProperty("finishedAt", finishedAt.toString());
        p.setProperty("database", database);
        p.setProperty("schema", schema);
        rows.forEach((table, count) -> p.setProperty(ROWS + table, Long.toString(count)));
        p.setProperty("indexDocs", Long.toString(indexDocs));
        p.setProperty("verified", Boolean.toString(verified));
        if (problem != null) {
            p.setProperty("problem", problem);
        }
        p.setProperty("sizeBytes", Long.toString(sizeBytes));
        Path temporary = folder.resolve(FILE + ".tmp");
        try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            p.store(out, "Liancai backup: " + (verified ? "verified" : "NOT VERIFIED"));
        }
        Files.move(temporary, folder.resolve(FILE), StandardCopyOption.ATOMIC_MOVE);
    }

    /** the manifest of a backup folder; throws if there is none or it cannot be read */
    public static Manifest readFrom(Path folder) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(folder.resolve(FILE), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        SortedMap<String, Long> rows = new TreeMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith(ROWS)) {
                rows.put(key.substring(ROWS.length()), Long.parseLong(p.getProperty(key)));
            }
        }
        try {
            return new Manifest(p.getProperty("name"), Instant.parse(p.getProperty("startedAt")), Instant.parse(p.getProperty("finishedAt")),
                    p.getProperty("database"), p.getProperty("schema"), rows, Long.parseLong(p.getProperty("indexDocs")),
                    Boolean.parseBoolean(p.getProperty("verified")), p.getProperty("problem"), Long.parseLong(p.getProperty("sizeBytes")));
        } catch (RuntimeException e) {
            throw new IOException("unreadable manifest in " + folder + ": " + e, e);
        }
    }

    /** a manifest a person can read top to bottom: keys in order */
    private static final class SortedProperties extends Properties {
        private static final long serialVersionUID = 1L;

        @Override
        public Set<Map.Entry<Object, Object>> entrySet() {
            Set<Map.Entry<Object, Object>> sorted = new TreeSet<>((a, b) -> a.getKey().toString().compareTo(b.getKey().toString()));
            sorted.addAll(super.entrySet());
            return sorted;
        }
    }
}
