package cn.wulian.liancai.talent.boundary;

import java.io.Serializable;
/**
 * A relation seen from one talent. {@code direction} is "out" when this talent is the relation's
 * subject (e.g. was referred by the other), "in" when the other is. {@code note} is the office's
 * internal note: null for a caller who may not read those.
 */
public record RelationJson(long id, String kind, long otherId, String otherName, String direction, String note) implements Serializable {
}
