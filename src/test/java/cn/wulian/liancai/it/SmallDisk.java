package cn.wulian.liancai.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * A small file system of its own (tmpfs) mounted on a folder, that a test fills up and empties
 * again: a real full disk, with the errors the kernel gives. Mounting needs root (or
 * CAP_SYS_ADMIN), as in this project's containers and CI; elsewhere the test is skipped, saying why.
 */
final class SmallDisk implements AutoCloseable {

    private final Path dir;
    private final Path filler;

    private SmallDisk(Path dir) {
        this.dir = dir;
        this.filler = dir.resolve("filler");
    }

    /** an empty folder {@code dir} (emptied first, as is everything below {@code clean}) with a disk of {@code megabytes} of its own */
    static SmallDisk mount(Path clean, Path dir, int megabytes) throws IOException, InterruptedException {
        unmount(dir); // a run that was killed may have left it mounted
        RunningApp.deleteTree(clean);
        Files.createDirectories(dir);
        String failed = run("mount", "-t", "tmpfs", "-o", "size=" + megabytes + "m", "liancai-it", dir.toAbsolutePath().toString());
        Assumptions.assumeTrue(failed == null, () -> "cannot mount a small file system here: " + failed);
        return new SmallDisk(dir);
    }

    /** writes one file until no byte more fits */
    void fill() {
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            assertTrue(String.valueOf(full.getMessage()).contains("No space left"), full::toString);
        }
    }

    /** the space is back */
    void free() throws IOException {
        Files.delete(filler);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        unmount(dir);
    }

    private static void unmount(Path dir) throws IOException, InterruptedException {
        if (Files.exists(dir) && run("mountpoint", "-q", dir.toAbsolutePath().toString()) == null
                && run("umount", dir.toAbsolutePath().toString()) != null) {
            run("umount", "-l", dir.toAbsolutePath().toString());
        }
    }

    /** runs a command; null when it succeeded, else what it printed */
    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return p.waitFor() == 0 ? null : "exit " + p.exitValue() + ": " + output;
    }
}
