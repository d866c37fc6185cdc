package cn.wulian.liancai.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Client threads writing through the API at the same time, as office staff at work: each records
 * every write the server acknowledged (2xx) with what it wrote, every other answer, and stops at
 * the first request that gets no answer at all (the server is gone). Thread {@code i} writes
 * {@link Mix#ROLES}[i % 3]: talents; contacts on a talent of its own; teams each with an
 * application to the given policy.
 */
final class WriteLoad {

    enum Mix {
        /** talents, contacts and applications, as office staff do */
        ALL,
        /** every thread creates a talent and logs a first contact on it, over and over */
        CREATORS;

        static final String[] ROLES = {"talent", "contact", "application"};
    }

    /** one acknowledged write: what it created, under which parent (a contact's talent, an application's team), and the text it carries */
    record Ack(String kind, long id, long parent, String text) {
    }

    static final String SCHOOL = "山东大学";

    private final Api api;
    private final String prefix;
    private final String policy;
    private final long leaderId;
    private final AtomicBoolean stop = new AtomicBoolean();
    private final ConcurrentLinkedQueue<Ack> acks = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> refused = new ConcurrentLinkedQueue<>();
    private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    private final AtomicInteger unanswered = new AtomicInteger();
    private final List<Thread> threads = new ArrayList<>();
    private long startedAt;
    private long stoppedAt;

    /** @param policy the code of a policy teams may apply to (ALL only); @param leaderId a talent to lead the teams */
    private WriteLoad(Api api, String prefix, String policy, long leaderId) {
        this.api = api;
        this.prefix = prefix;
        this.policy = policy;
        this.leaderId = leaderId;
    }

    static WriteLoad start(Api api, int count, Mix mix, String prefix, String policy, long leaderId) {
        WriteLoad load = new WriteLoad(api, prefix, policy, leaderId);
        load.startedAt = System.nanoTime();
        for (int i = 0; i < count; i++) {
            int n = i;
            String role = mix == Mix.CREATORS ? "creator" : Mix.ROLES[i % 3];
            load.threads.add(Thread.ofPlatform().name("writer-" + i).start(() -> load.write(role, n)));
        }
        return load;
    }

    private void write(String role, int thread) {
        try {
            long ownTalent = role.equals("contact") ? talent(thread, 0) : -1;
            for (int i = 1; !stop.get() && ownTalent != 0; i++) {
                switch (role) {
                    case "talent" -> talent(thread, i);
                    case "contact" -> contact(ownTalent, thread, i);
                    case "creator" -> {
                        long id = talent(thread, i);
                        if (id > 0) {
                            contact(id, thread, i);
                        }
                    }
                    default -> application(thread, i);
                }
            }
        } catch (IllegalStateException gone) {
            unanswered.incrementAndGet();
        }
    }

    /** the talent's id, or 0 when refused */
    private long talent(int thread, int i) {
        String name = prefix + thread + "号" + i;
        JsonObject body = Json.createObjectBuilder().add("name", name).add("school", SCHOOL)
                .add("phone", String.format("139%08d", thread * 100_000 + i)).build();
        return ack("talent", api.post("/api/talents", body.toString()), 0, name);
    }

    private void contact(long talent, int thread, int i) {
        String summary = prefix + "走访" + thread + "-" + i;
        JsonObject body = Json.createObjectBuilder().add("kind", "VISIT").add("occurredAt", "2026-11-02T09:30:00")
                .add("summary", summary).build();
        ack("contact", api.post("/api/talents/" + talent + "/interactions", body.toString()), talent, summary);
    }

    private void application(int thread, int i) {
        String name = prefix + "团队" + thread + "-" + i;
        JsonObject team = Json.createObjectBuilder().add("name", name).add("leaderId", leaderId).add("field", "新材料")
                .add("headcount", 5).add("platform", "fatong").build();
        long teamId = ack("team", api.post("/api/teams", team.toString()), 0, name);
        if (teamId > 0 && !stop.get()) {
            JsonObject application = Json.createObjectBuilder().add("policy", policy).add("subjectKind", "TEAM").add("subjectId", teamId)
                    .add("statement", "崩溃测试申请").add("requestedAmount", new BigDecimal("1000")).build();
            ack("application", api.post("/api/applications", application.toString()), teamId, policy);
        }
    }

    private long ack(String kind, Api.Reply r, long parent, String text) {
        statuses.computeIfAbsent(r.status(), k -> new AtomicInteger()).incrementAndGet();
        if (r.status() / 100 != 2) {
            refused.add(kind + " " + r.status() + " " + r.body());
            return 0;
        }
        long id = Fixtures.id(r.json());
        acks.add(new Ack(kind, id, parent, text));
        return id;
    }

    /** lets the threads write for this long */
    WriteLoad awaitFor(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** asks the threads to stop after their current request, and waits for them */
    WriteLoad stop() {
        stop.set(true);
        return awaitEnd();
    }

    /** waits for the threads, which end by themselves once the server is gone */
    WriteLoad awaitEnd() {
        for (Thread t : threads) {
            try {
                t.join(120_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        stoppedAt = System.nanoTime();
        return this;
    }

    List<Ack> acks() {
        return List.copyOf(acks);
    }

    List<Ack> acks(String kind) {
        return acks.stream().filter(a -> a.kind().equals(kind)).toList();
    }

    int acknowledged() {
        return acks.size();
    }

    /** answers other than 2xx, with their bodies */
    List<String> refused() {
        return List.copyOf(refused);
    }

    int unanswered() {
        return unanswered.get();
    }

    Map<Integer, AtomicInteger> statuses() {
        return statuses;
    }

    double seconds() {
        return ((stoppedAt == 0 ? System.nanoTime() : stoppedAt) - startedAt) / 1e9;
    }
}
