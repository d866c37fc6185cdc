package cn.wulian.liancai.shared.web;

import cn.wulian.liancai.shared.Batch;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A batch's outcome as a list page shows it after the action: each record by its name, done or
 * refused with the reason in one line (the page's result dialog, {@code WEB-INF/batch-result.xhtml}).
 */
public record BatchResult(long id, String label, boolean ok, String reason) implements Serializable {

    /** the outcomes, in their order, each labelled by the name the page showed for it ("#id" when it had none) */
    public static List<BatchResult> of(List<Batch.Outcome> outcomes, Map<Long, String> labels) {
        return outcomes.stream()
                .map(o -> new BatchResult(o.id(), labels.getOrDefault(o.id(), "#" + o.id()), o.ok(), o.reason()))
                .toList();
    }
}
