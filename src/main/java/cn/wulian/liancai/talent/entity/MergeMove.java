package cn.wulian.liancai.talent.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One reference a merge moved from the merged record to the survivor (or dropped, where the
 * survivor would have named itself or held it twice): which kind of record, which one, at which
 * place in it, and the version that record had after the merge — undo puts it back only while
 * that is still its version.
 */
@Embeddable
public class MergeMove {

    /** a kind of record a merge moves, e.g. {@code TEAM}; the feature that owns those records names it */
    @Column(name = "kind")
    private String kind;
    @Column(name = "record_id")
    private long recordId;
    /** where the record names the talent: "leader", "member:2", "from"… (the owner's words) */
    @Column(name = "role")
    private String role;
    /** what the page shows for it (a team's name), or what undo needs to recreate a dropped record */
    @Column(name = "detail")
    private String detail;
    @Column(name = "version_after")
    private Long versionAfter;

    protected MergeMove() {
    }

    public MergeMove(String kind, long recordId, String role, String detail) {
        this.kind = kind;
        this.recordId = recordId;
        this.role = role;
        this.detail = detail == null || detail.length() <= 2200 ? detail : detail.substring(0, 2200);
    }

    /** the record's version once the merge was flushed */
    public MergeMove withVersionAfter(Long version) {
        MergeMove m = new MergeMove(kind, recordId, role, detail);
        m.versionAfter = version;
        return m;
    }

    public String getKind() { return kind; }
    public long getRecordId() { return recordId; }
    public String getRole() { return role; }
    public String getDetail() { return detail; }
    public Long getVersionAfter() { return versionAfter; }
}
