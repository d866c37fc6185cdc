package cn.wulian.liancai.shared.audit;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * An entry as the office reads it, in the API and on the pages. {@code erased} when the entry
 * belonged to a person whose data was erased: its values can no longer be read and
 * {@code changes} names the fields only.
 */
public record AuditRow(long id, Instant at, String actor, String actorRole, String record, String subject, String action,
                       List<Change> changes, boolean erased, String detail) implements Serializable {
}
