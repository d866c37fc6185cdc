package cn.wulian.liancai.shared.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.persistence.annotations.ReadOnly;
import org.junit.jupiter.api.Test;

/**
 * The trail is append-only: no code path updates or deletes an entry. Held against the sources, so
 * that a new statement, JPQL or SQL, fails the build; and the entity can be neither changed nor
 * removed through a persistence context.
 */
class AuditAppendOnlyTest {

    private static final Pattern CHANGES_ENTRIES = Pattern.compile(
            "(?is)(update\\s+(audit_entry|AuditEntry)\\b|delete\\s+from\\s+(audit_entry|AuditEntry)\\b|delete\\s+(audit_entry|AuditEntry)\\b"
                    + "|truncate\\s+table\\s+audit_entry|drop\\s+table\\s+audit_entry)");
    private static final Pattern INSERTS_ENTRIES = Pattern.compile("(?is)insert\\s+into\\s+audit_entry\\b");

    @Test
    void noSourceUpdatesOrDeletesAnEntryAndOnlyTheWriterInsertsOne() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            sources = files.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".xml")
                    || p.toString().endsWith(".sql")).toList();
        }
        assertTrue(sources.size() > 100, "the sources were found: " + sources.size());
        for (Path p : sources) {
            String text = Files.readString(p);
            assertTrue(!CHANGES_ENTRIES.matcher(text).find(), p + " updates or deletes audit entries");
            if (INSERTS_ENTRIES.matcher(text).find()) {
                assertTrue(p.endsWith(Path.of("shared/audit/AuditWriter.java")) || p.toString().contains("db/changelog/013-audit.xml"),
                        p + " inserts audit entries: only AuditWriter does (and the migration that moved the award's trail in)");
            }
        }
    }

    @Test
    void theEntityIsReadOnlyWithoutSetters() {
        assertTrue(AuditEntry.class.isAnnotationPresent(ReadOnly.class));
        List<String> setters = Arrays.stream(AuditEntry.class.getDeclaredMethods()).filter(m -> Modifier.isPublic(m.getModifiers()))
                .map(Method::getName).filter(n -> n.startsWith("set")).toList();
        assertEquals(List.of(), setters);
    }

    @Test
    void thePatternCatchesWhatItMustAndLetsTheRestBe() {
        assertTrue(CHANGES_ENTRIES.matcher("em.createQuery(\"delete from AuditEntry e\")").find());
        assertTrue(CHANGES_ENTRIES.matcher("UPDATE audit_entry SET actor = ?").find());
        assertTrue(CHANGES_ENTRIES.matcher("DELETE\n FROM audit_entry").find());
        assertTrue(!CHANGES_ENTRIES.matcher("DELETE FROM audit_key WHERE subject = ?").find());
        assertTrue(!CHANGES_ENTRIES.matcher("select e from AuditEntry e").find());
    }
}
