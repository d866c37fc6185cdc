package cn.wulian.liancai.shared.audit;

import cn.wulian.liancai.shared.audit.SessionSql.Arg;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.persistence.sessions.Session;

/**
 * Writes entries: the only code that inserts into {@code audit_entry}, and nothing anywhere updates
 * or deletes one ({@code AuditAppendOnlyTest} holds the source to that). Always through the session
 * of the change, so that a change and its entry commit or roll back together.
 */
final class AuditWriter {

    /** an entry about to be written */
    record Draft(Instant at, Actor actor, RecordRef record, RecordRef subject, String action, List<Change> changes, String detail) {
    }

    private static final String INSERT_SQL = "INSERT INTO audit_entry (occurred_at, actor, actor_role, record_kind, record_id,"
            + " subject_kind, subject_id, action, fields, changes, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private AuditWriter() {
    }

    static void write(Session session, Draft d) {
        String changes = d.changes() == null || d.changes().isEmpty() ? null : Change.toJson(d.changes());
        if (changes != null && AuditSeal.isPerson(d.subject())) {
            // a person's own creation: no key can exist yet, so none is looked for (an import creates thousands)
            boolean newPerson = "CREATED".equals(d.action()) && d.record().equals(d.subject());
            changes = AuditSeal.seal(newPerson ? newKey(session, d.subject(), d.at()) : key(session, d.subject(), d.at()), changes);
        }
        String fields = d.changes() == null ? null : d.changes().stream().map(Change::field).collect(Collectors.joining(","));
        SessionSql.update(session, INSERT_SQL,
                new Arg(Timestamp.from(d.at()), Timestamp.class),
                new Arg(cut(d.actor().username(), 64), String.class),
                new Arg(d.actor().role(), String.class),
                new Arg(d.record().kind(), String.class),
                new Arg(d.record().id(), Long.class),
                new Arg(d.subject().kind(), String.class),
                new Arg(d.subject().id(), Long.class),
                new Arg(d.action(), String.class),
                new Arg(cut(fields, 1000), String.class),
                new Arg(changes, String.class),
                new Arg(cut(d.detail(), 4000), String.class));
    }

    /** makes erasure reach the trail: the person's sealed values can no longer be opened */
    static void forgetKey(Session session, RecordRef person) {
        SessionSql.update(session, AuditSeal.FORGET_SQL, new Arg(person.toString(), String.class));
    }

    private static String key(Session session, RecordRef person, Instant now) {
        List<Object> found = SessionSql.column(session, AuditSeal.KEY_SQL, new Arg(person.toString(), String.class));
        if (!found.isEmpty()) {
            return (String) found.get(0);
        }
        return newKey(session, person, now);
    }

    private static String newKey(Session session, RecordRef person, Instant now) {
        String key = AuditSeal.newKey();
        SessionSql.update(session, AuditSeal.NEW_KEY_SQL, new Arg(person.toString(), String.class), new Arg(key, String.class),
                new Arg(Timestamp.from(now), Timestamp.class));
        return key;
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
