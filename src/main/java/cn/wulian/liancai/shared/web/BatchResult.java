package cn.wulian.liancai.shared.web;

import cn.wulian.liancai.shared.Batch;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.primefaces.PrimeFaces;

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

    /**
     * A list page's batch on its ticked rows: the action gets their ids and the versions the rows
     * showed (so that a record saved by someone else since is reported, not overwritten); its
     * outcomes come back labelled and the result dialog opens. Nothing ticked, or the request
     * refused as a whole, says so above the form's table instead.
     *
     * @return the outcomes, or null when nothing was done
     */
    public static <T> List<BatchResult> run(List<T> ticked, ToLongFunction<T> id, ToLongFunction<T> version, Function<T, String> label,
                                            String formId, BiFunction<List<Long>, Map<String, Long>, List<Batch.Outcome>> action) {
        if (ticked.isEmpty()) {
            FacesErrors.error("batch.none");
            return null;
        }
        Map<String, Long> versions = ticked.stream()
                .collect(Collectors.toMap(t -> String.valueOf(id.applyAsLong(t)), version::applyAsLong, (a, b) -> a));
        Map<Long, String> labels = ticked.stream().collect(Collectors.toMap(id::applyAsLong, label, (a, b) -> a));
        List<Long> ids = ticked.stream().map(id::applyAsLong).toList();
        return FacesErrors.attempt(formId, () -> action.apply(ids, versions)).map(outcomes -> {
            PrimeFaces.current().executeScript("PF('batchResult').show()");
            return of(outcomes, labels);
        }).orElse(null);
    }
}
