package cn.wulian.liancai.seed;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * What this database is, decided once when it is created: a demo with made-up people and shared
 * published passwords, or the office's real registry. One row, id 1.
 */
@Entity
@Table(name = "installation")
public class Installation {

    static final int ID = 1;

    @Id
    private Integer id;
    private boolean demo;
    private Instant createdAt;

    protected Installation() {
    }

    Installation(boolean demo, Instant createdAt) {
        this.id = ID;
        this.demo = demo;
        this.createdAt = createdAt;
    }

    public boolean isDemo() { return demo; }
    public Instant getCreatedAt() { return createdAt; }
}
