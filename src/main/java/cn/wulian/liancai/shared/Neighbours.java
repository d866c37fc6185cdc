package cn.wulian.liancai.shared;

import java.io.Serializable;
import java.util.List;

/**
 * Where a record stands in the list it was opened from: its place (1-based) among all the list's
 * rows and the records before and after it, so that a page can offer 上一个 / 下一个 and "第 n / m".
 * A record the list no longer holds (its stage was changed away from the filter) has position 0
 * and no neighbours: the page offers the way back to the list only.
 *
 * @param previous the record before it, null at the start
 * @param next     the record after it, null at the end
 */
public record Neighbours(int position, int total, Long previous, Long next) implements Serializable {

    /** the record's neighbours in {@code ids}, the whole list in its order */
    public static Neighbours of(List<Long> ids, long id) {
        int at = ids.indexOf(id);
        if (at < 0) {
            return new Neighbours(0, ids.size(), null, null);
        }
        return new Neighbours(at + 1, ids.size(), at == 0 ? null : ids.get(at - 1), at == ids.size() - 1 ? null : ids.get(at + 1));
    }

    public boolean listed() {
        return position > 0;
    }
}
