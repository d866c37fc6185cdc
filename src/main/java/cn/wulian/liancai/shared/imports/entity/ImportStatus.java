package cn.wulian.liancai.shared.imports.entity;

/** where an import stands; see {@link ImportBatch} */
public enum ImportStatus {
    MAPPING, RUNNING, DONE, REJECTED, CANCELLED, FAILED;

    public boolean finished() {
        return this != MAPPING && this != RUNNING;
    }
}
