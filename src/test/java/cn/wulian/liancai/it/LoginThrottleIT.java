package cn.wulian.liancai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Password guessing is slowed without costing the server: 50 wrong passwords in a row for one
 * account are answered 401 five times, then 429 with {@code Retry-After} without running the
 * password hash; the right password works once the wait is over, and other accounts never notice.
 * The server's processor time over the run is measured and printed (BENCHMARKS.md records it).
 */
@ExtendWith(RunningApp.class)
// its waits are measured in seconds of wall time: nothing else may run beside it
@Isolated
class LoginThrottleIT {

    @Test
    void fiftyWrongPasswordsCostFiveHashesAndLockNobodyElseOut() throws InterruptedException {
        JsonObject victim = AccountsApiIT.ready("PLATFORM_MANAGER", "cas");
        String name = victim.getString("username");
        RunningApp.Server server = RunningApp.shared();
        assertNotNull(server, "the shared server runs");

        Duration oneHash = oneHash(server);

        int unauthorized = 0;
        int throttled = 0;
        long retryAfter = 0;
        Duration start = server.cpuTime();
        long t0 = System.nanoTime();
        for (int i = 0; i < 50; i++) {
            Api.Reply r = Api.as(name, "guess number " + i).get("/api/me");
            if (r.status() == 401) {
                unauthorized++;
            } else {
                assertEquals(429, r.status(), r.body());
                assertTrue(r.body().contains("retryAfter"), r.body());
                retryAfter = Long.parseLong(r.header("Retry-After"));
                throttled++;
            }
        }
        long wallMillis = (System.nanoTime() - t0) / 1_000_000;
        Duration spent = server.cpuTime().minus(start);
        System.out.printf("[LoginThrottleIT] 50 wrong passwords: %d answered 401, %d answered 429; server CPU %d ms (one hash %d ms), wall %d ms%n",
                unauthorized, throttled, spent.toMillis(), oneHash.toMillis(), wallMillis);
        // five failures are free; on a slow machine a wait (1 s, then 2 s, 4 s …) may pass before the next
        // attempt, which is then heard: a few more, never many
        assertTrue(unauthorized >= 5 && unauthorized <= 9, unauthorized + " attempts ran the hash");
        assertEquals(50, unauthorized + throttled);
        assertTrue(retryAfter >= 1, "Retry-After " + retryAfter);
        // the bound: without throttling the 50 attempts would cost 50 hashes; with it, the few that ran and
        // the request handling of the rest (measured here at about a tenth) — kept loose against a busy machine
        assertTrue(spent.compareTo(oneHash.multipliedBy(50).dividedBy(3)) < 0,
                "50 attempts cost " + spent.toMillis() + " ms of CPU; one hash costs " + oneHash.toMillis() + " ms");

        assertEquals(200, Api.as("office2").get("/api/talents?limit=1").status(), "other accounts are unaffected");
        assertEquals(429, Api.as(name, AccountsApiIT.OWN).get("/api/me").status(), "during the wait even the right password waits");
        Thread.sleep(retryAfter * 1000 + 200);
        Api.Reply after = Api.as(name, AccountsApiIT.OWN).get("/api/me");
        assertEquals(200, after.status(), after.body());
        assertEquals(unauthorized, after.json().getInt("failedLogins"), "the holder is told of the failures (the refused attempts are not failures)");
    }

    /**
     * An API client's parallel calls with credentials not yet remembered (a new client, or every
     * minute when the remembered entry expires) pay the hash once: the others wait for the first
     * one's answer instead of hashing too. The load benchmark saw such a burst stall every request.
     */
    @Test
    void parallelCallsWithFreshCredentialsCostOneHash() throws Exception {
        JsonObject holder = AccountsApiIT.ready("PLATFORM_MANAGER", "cas");
        Api api = Api.as(holder.getString("username"), AccountsApiIT.OWN);
        RunningApp.Server server = RunningApp.shared();
        Duration oneHash = oneHash(server);
        int parallel = 20;
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < parallel; i++) {
                calls.add(pool.submit(() -> {
                    go.await();
                    return api.get("/api/me").status();
                }));
            }
            Duration start = server.cpuTime();
            go.countDown();
            for (Future<Integer> call : calls) {
                assertEquals(200, call.get());
            }
            Duration spent = server.cpuTime().minus(start);
            System.out.printf("[LoginThrottleIT] %d parallel calls with fresh credentials: server CPU %d ms (one hash %d ms)%n",
                    parallel, spent.toMillis(), oneHash.toMillis());
            // one hash and twenty small requests; twenty hashes without the wait. Loose against a busy machine
            assertTrue(spent.compareTo(oneHash.multipliedBy(parallel).dividedBy(3)) < 0,
                    parallel + " calls cost " + spent.toMillis() + " ms of CPU; one hash costs " + oneHash.toMillis() + " ms");
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * What one password check costs the server: the full hash, measured on a wrong password for an
     * unknown name (which runs a dummy hash; the first such call also makes the dummy, so the second is measured).
     */
    private static Duration oneHash(RunningApp.Server server) {
        assertNotNull(server, "the shared server runs");
        assertEquals(401, Api.as("nobody-" + System.nanoTime(), "guess").get("/api/me").status());
        Duration before = server.cpuTime();
        assertEquals(401, Api.as("nobody-" + System.nanoTime(), "guess").get("/api/me").status());
        return server.cpuTime().minus(before);
    }
}
