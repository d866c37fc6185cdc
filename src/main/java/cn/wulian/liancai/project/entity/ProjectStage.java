package cn.wulian.liancai.project.entity;

/** The pipeline of a project, in order: 洽谈 → 签约 → 落地 → 开工 → 投产. */
public enum ProjectStage {
    NEGOTIATING, SIGNED, LANDED, STARTED, PRODUCING;

    /** the next stage, or {@code null} from the last */
    public ProjectStage next() {
        return this == PRODUCING ? null : values()[ordinal() + 1];
    }

    /** the programme counts a project as landed (落地) from this stage on */
    public boolean landed() {
        return compareTo(LANDED) >= 0;
    }
}
