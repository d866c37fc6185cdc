package cn.wulian.liancai.shared;

import java.io.Serializable;
import java.util.List;

/** One page of a longer list, with the size of the whole list for the pager. */
public record Page<T>(long total, List<T> rows) implements Serializable {
}
