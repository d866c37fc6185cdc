package cn.wulian.liancai.search.boundary;

import cn.wulian.liancai.shared.security.CurrentUser;
import cn.wulian.liancai.shared.security.Role;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The search index page: the administrator checks the index against the database and repairs
 * it; the talent office and the administrator rebuild it whole and follow the rebuild's progress.
 */
@Named
@ViewScoped
public class SearchIndexView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SearchIndex index;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    private static final int SHOWN = 20;

    private IndexVerification result;
    private RebuildStatus rebuild;

    @PostConstruct
    void load() {
        refresh();
    }

    public void verify() {
        result = index.verify(false);
    }

    public void repair() {
        result = index.verify(true);
    }

    public void startRebuild() {
        rebuild = index.rebuild();
    }

    /** polled while a rebuild runs */
    public void refresh() {
        rebuild = index.rebuildStatus();
    }

    public boolean isChecker() {
        return user.hasRole(Role.ADMIN);
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

    public RebuildStatus getRebuild() {
        return rebuild;
    }

    public boolean isRebuilding() {
        return rebuild != null && rebuild.running();
    }

    public long getElapsedSeconds() {
        return rebuild == null ? 0 : rebuild.elapsedSeconds(clock.instant());
    }
}
