package cn.wulian.liancai.talent.boundary;

import cn.wulian.liancai.shared.security.CurrentUser;
import cn.wulian.liancai.shared.web.FacesErrors;
import cn.wulian.liancai.shared.web.PageLazyModel;
import cn.wulian.liancai.talent.control.DuplicatePair;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** "查找重复": the candidate pairs of the whole registry, best first, each to compare and merge or to mark as two people. */
@Named
@ViewScoped
public class DuplicatesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TalentMerges merges;

    @Inject
    CurrentUser user;

    private PageLazyModel<DuplicatePair> model;

    /** a caller who may not merge gets the refusal page before any table is drawn */
    public void check() {
        user.requireStaff("only office staff look for duplicates");
    }

    @PostConstruct
    void init() {
        TalentMerges facade = merges;
        // a pair's key: both ids, which fit side by side in a long
        model = new PageLazyModel<>(facade::duplicates, p -> (p.firstId() << 32) ^ p.secondId());
    }

    public PageLazyModel<DuplicatePair> getModel() {
        return model;
    }

    public void notSamePerson(DuplicatePair pair) {
        FacesErrors.attempt("pairs", () -> {
            merges.notSamePerson(pair.firstId(), pair.secondId());
            return Boolean.TRUE;
        }).ifPresent(done -> FacesErrors.info("merge.notSame.saved"));
    }
}
