package cn.wulian.liancai.support.boundary;

import cn.wulian.liancai.shared.web.PublicPage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** public/policies.xhtml: the support policies in force, in plain words, for anyone */
@Named
@RequestScoped
public class PublicPolicyView {

    @Inject
    Policies policies;

    @Inject
    PublicPage page;

    private List<Policies.PublicPolicy> all;

    public List<Policies.PublicPolicy> getPolicies() {
        if (all == null) {
            all = policies.inForce(page.getLocale());
        }
        return all;
    }
}
