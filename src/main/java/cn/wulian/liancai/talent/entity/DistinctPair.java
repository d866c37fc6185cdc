package cn.wulian.liancai.talent.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;

/**
 * Two talents a person marked "not the same person" (不是同一人): the duplicate search does not
 * offer the pair again. Stored with the lower id first, so that each pair has one row.
 */
@Entity
@Table(name = "talent_distinct_pair")
@IdClass(DistinctPair.Key.class)
public class DistinctPair {

    @Id
    private long lowId;
    @Id
    private long highId;
    private String decidedBy;
    private Instant decidedAt;

    protected DistinctPair() {
    }

    public DistinctPair(long a, long b, String by, Clock clock) {
        this.lowId = Math.min(a, b);
        this.highId = Math.max(a, b);
        this.decidedBy = by;
        this.decidedAt = clock.instant();
    }

    public static Key key(long a, long b) {
        return new Key(Math.min(a, b), Math.max(a, b));
    }

    public long getLowId() { return lowId; }
    public long getHighId() { return highId; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }

    /** the pair's primary key */
    public static class Key implements Serializable {
        private long lowId;
        private long highId;

        public Key() {
        }

        Key(long lowId, long highId) {
            this.lowId = lowId;
            this.highId = highId;
        }

        public long lowId() {
            return lowId;
        }

        public long highId() {
            return highId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.lowId == lowId && k.highId == highId;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(lowId) * 31 + Long.hashCode(highId);
        }
    }
}
