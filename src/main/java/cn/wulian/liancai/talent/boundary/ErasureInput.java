package cn.wulian.liancai.talent.boundary;

/**
 * A request to erase a talent's identifying data: the {@code version} read (409 when the record
 * changed since), and why — the person's request, its date — kept in the audit trail; it should
 * not repeat what is erased.
 */
public record ErasureInput(Long version, String reason) {
}
