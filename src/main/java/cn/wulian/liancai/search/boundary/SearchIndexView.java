package cn.wulian.liancai.search.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;

/** The administrator's page that checks the search index against the database and repairs it. */
@Named
@ViewScoped
public class SearchIndexView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SearchIndex index;

    private static final int SHOWN = 20;

    private IndexVerification result;

    public void verify() {
        result = index.verify(false);
    }

    public void repair() {
        result = index.verify(true);
    }

    /** the ids of one kind of difference for a table cell: "—" for none, the first few and how many in all */
    public String ids(List<Long> ids) {
        if (ids.isEmpty()) {
            return "—";
        }
        String shown = ids.stream().limit(SHOWN).map(String::valueOf).collect(Collectors.joining(", "));
        return ids.size() <= SHOWN ? shown : shown + " … (" + ids.size() + ")";
    }

    public IndexVerification getResult() {
        return result;
    }
}
