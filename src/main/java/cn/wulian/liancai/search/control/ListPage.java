package cn.wulian.liancai.search.control;

import java.util.List;

/** A window of a list the index answered ({@link ListRequest}): how many rows the whole list has, and the window's ids in order. */
public record ListPage(long total, List<Long> ids) {

    public ListPage {
        ids = List.copyOf(ids);
    }
}
