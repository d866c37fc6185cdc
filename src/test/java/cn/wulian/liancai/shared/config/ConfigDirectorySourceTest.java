package cn.wulian.liancai.shared.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/** The settings read before the app's configuration exists (the database's): the same order as MicroProfile Config. */
@ResourceLock(Resources.SYSTEM_PROPERTIES)
class ConfigDirectorySourceTest {

    @Test
    void theDatabaseIsEmbeddedDerbyUnlessConfigured() {
        assertEquals("jdbc:derby:db;create=true", ConfigDirectorySource.early("liancai.db.url").orElseThrow());
        assertTrue(ConfigDirectorySource.early("liancai.db.no-such-setting").isEmpty());
    }

    @Test
    void theConfigFileOverridesTheDefaultsAndASystemPropertyOverridesTheFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("liancai.properties"), "liancai.db.url=jdbc:postgresql://db.example:5432/liancai\n");
        String before = System.getProperty("liancai.config.dir");
        System.setProperty("liancai.config.dir", dir.toString());
        try {
            assertEquals("jdbc:postgresql://db.example:5432/liancai", ConfigDirectorySource.early("liancai.db.url").orElseThrow());
            System.setProperty("liancai.db.url", "jdbc:postgresql://other:5432/x");
            assertEquals("jdbc:postgresql://other:5432/x", ConfigDirectorySource.early("liancai.db.url").orElseThrow());
        } finally {
            System.clearProperty("liancai.db.url");
            if (before == null) {
                System.clearProperty("liancai.config.dir");
            } else {
                System.setProperty("liancai.config.dir", before);
            }
        }
    }
}
