package cn.wulian.liancai.seed;

import cn.wulian.liancai.shared.audit.NotAudited;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Marks a data set from data-seed/ as loaded, so that a restart never loads it again. */
@Entity
@NotAudited
@Table(name = "seed_applied")
public class SeedRun {

    @Id
    private String name;
    private Instant appliedAt;

    protected SeedRun() {
    }

    public SeedRun(String name, Instant appliedAt) {
        this.name = name;
        this.appliedAt = appliedAt;
    }

    public String getName() { return name; }
    public Instant getAppliedAt() { return appliedAt; }
}
