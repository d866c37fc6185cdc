package cn.wulian.liancai.talent.boundary;

import jakarta.validation.constraints.Size;

/** A tie from the talent in the URL to another talent; for REFERRED_BY the other one is the referrer. */
public record RelationInput(Long otherId, String kind, @Size(max = 200, message = "validation.size200") String note) {
}
