package cn.wulian.liancai.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A full disk under the database, for real: the whole data folder is a small tmpfs, filled up while
 * the app runs. Derby then fails to write its log or a page and shuts the database down; the app
 * answers such a change 503 with the reason (never 409 or a stack trace), keeps answering reads,
 * keeps exactly the changes it answered 201, and takes changes again once the space is back,
 * without a restart (the pool drops the dead connections and a new one boots the database). The
 * changes are evidence files of 3 MB, which fill Derby's log quickly. Needs root for the mount
 * ({@link SmallDisk}); runs its own server on its own data folder.
 */
// a server of its own, never the shared one: it runs beside the other tests, one such class at a time and
// its methods in order (the lock: junit-platform.properties)
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(RunningApp.OWN_SERVER)
@DisabledIfSystemProperty(named = "it.db", matches = "postgresql", disabledReason = "fills the disk under embedded Derby's files")
class DerbyDiskFullIT {

    private static final int PORT = Integer.getInteger("it.port", 18080) + 67;
    private static final Api OFFICE = Api.as("office").at("http://localhost:" + PORT);

    @Test
    void aFullDatabaseDiskRefusesChangesKeepsWhatItSavedAndRecovers() throws Exception {
        Path work = Path.of(System.getProperty("it.workdir", "target/it")).resolveSibling("it-derby-full");
        try (SmallDisk disk = SmallDisk.mount(work, work.resolve("data"), 64);
                RunningApp.Server app = RunningApp.launch(work, PORT, false)) {
            Map<Long, byte[]> saved = new LinkedHashMap<>();
            long nomination = openNomination(saved);

            disk.fill();
            List<Integer> answers = new ArrayList<>();
            for (int i = 0; i < 6 && !answers.contains(503); i++) {
                byte[] pdf = pdf(3_000_000, i);
                Api.Reply r = attach(nomination, pdf);
                answers.add(r.status());
                if (r.status() == 201) {
                    saved.put(Fixtures.id(r.json()), pdf); // Derby had room left in its log files
                } else {
                    assertEquals(503, r.status(), r.body());
                    assertTrue(Fixtures.assertErrorBody(r).getString("error").contains("磁盘"), r.body());
                }
                assertEquals(200, OFFICE.get("/api/talents?limit=1").status(), "reads go on");
            }
            assertTrue(answers.contains(503), () -> "the disk never ran full: " + answers);

            assertEquals(new TreeSet<>(saved.keySet()), attachments(nomination), "exactly what was answered 201 is kept");
            for (var file : saved.entrySet()) {
                assertArrayEquals(file.getValue(), OFFICE.download("/api/nominations/" + nomination + "/attachments/" + file.getKey()));
            }

            disk.free();
            byte[] after = pdf(3_000_000, 99);
            Api.Reply r = attach(nomination, after);
            assertEquals(201, r.status(), () -> "the space is back: " + r.body());
            assertArrayEquals(after, OFFICE.download("/api/nominations/" + nomination + "/attachments/" + Fixtures.id(r.json())));
            String name = Fixtures.unique("空间回来");
            long talent = Fixtures.id(Fixtures.create(OFFICE, Fixtures.talent(name).build()));
            assertEquals(List.of(talent), Fixtures.hitIds(Fixtures.search(OFFICE, name)));
        }
    }

    /** a nomination of the demo award that still takes evidence (its cycle is open), with the first file it took */
    private static long openNomination(Map<Long, byte[]> saved) {
        byte[] pdf = pdf(1000, 0);
        for (long id = 1; id <= 30; id++) {
            Api.Reply r = attach(id, pdf);
            if (r.status() == 201) {
                saved.put(Fixtures.id(r.json()), pdf);
                return id;
            }
        }
        throw new AssertionError("no nomination of the demo data takes evidence");
    }

    private static Api.Reply attach(long nomination, byte[] pdf) {
        return OFFICE.upload("/api/nominations/" + nomination + "/attachments?name=" + Api.q("证明材料.pdf"), pdf, "application/pdf");
    }

    private static TreeSet<Long> attachments(long nomination) {
        Api.Reply r = OFFICE.get("/api/nominations/" + nomination + "/attachments");
        assertEquals(200, r.status(), r.body());
        TreeSet<Long> ids = new TreeSet<>();
        for (JsonObject a : r.jsonValue().asJsonArray().getValuesAs(JsonObject.class)) {
            ids.add(Fixtures.id(a));
        }
        return ids;
    }

    /** a file that is told as PDF by its content, of that size, which does not compress */
    private static byte[] pdf(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        byte[] head = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, bytes, 0, head.length);
        return bytes;
    }
}
