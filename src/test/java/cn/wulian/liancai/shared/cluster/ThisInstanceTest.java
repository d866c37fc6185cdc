package cn.wulian.liancai.shared.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThisInstanceTest {

    @TempDir
    Path dir;

    @Test
    void theNameIsKeptInTheDataFolderAcrossRestartsAndDiffersBetweenFolders() throws Exception {
        String first = ThisInstance.readOrCreate(dir.resolve("a").resolve(ThisInstance.FILE));
        assertEquals(first, ThisInstance.readOrCreate(dir.resolve("a").resolve(ThisInstance.FILE)), "a restart is the same instance");
        assertEquals(first, Files.readString(dir.resolve("a").resolve(ThisInstance.FILE)).strip());
        assertNotEquals(first, ThisInstance.readOrCreate(dir.resolve("b").resolve(ThisInstance.FILE)), "another data folder, another instance");
        assertEquals(36, first.length());
    }
}
