package cn.wulian.liancai.support.boundary;

import cn.wulian.liancai.shared.web.FacesErrors;
import cn.wulian.liancai.shared.web.UrlIds;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * The current support policies: what each gives, to whom, within which caps and budget, and the
 * rule in words; any policy's history of versions on demand. Office staff go from here to the editor.
 * {@code ?policy=} (a version's id, as search finds it) opens the page at that policy's card.
 */
@Named
@ViewScoped
public class PolicyListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Policies policies;

    @Inject
    Clock clock;

    private String policyParam;
    private List<PolicyJson> all;
    private String historyName;
    private List<PolicyVersion> history = List.of();

    /**
     * f:viewAction: a link to one policy by the id of one of its versions (a search hit's) goes on to
     * the policy's card on this page
     */
    public void open() {
        if (policyParam != null && !policyParam.isBlank()) {
            UrlIds.redirect("/policies/list.xhtml#policy-" + policies.codeOf(UrlIds.parse(policyParam, "policy")));
        }
    }

    /** an amount in the benefit's unit, "300 万元"; a dash when there is none */
    public String amount(BigDecimal value, String benefitKind) {
        return PolicyVersion.amount(value, benefitKind, locale());
    }

    public List<PolicyJson> getPolicies() {
        if (all == null) {
            all = policies.list(null, locale());
        }
        return all;
    }

    /** loads one policy's versions for the history dialog */
    public void showHistory(String code) {
        List<PolicyJson> versions = policies.versions(code, locale());
        historyName = versions.getFirst().name();
        history = PolicyVersion.of(versions, clock.getZone(), locale());
    }

    /** deletes a policy entered by mistake; one that applications name is refused, naming them */
    public void remove(String code) {
        FacesErrors.attempt("policies", () -> {
            policies.remove(code);
            return code;
        }).ifPresent(deleted -> {
            all = null;
            FacesErrors.info("policy.deleted");
        });
    }

    public String getPolicyParam() { return policyParam; }
    public void setPolicyParam(String policyParam) { this.policyParam = policyParam; }
    public String getHistoryName() { return historyName; }
    public List<PolicyVersion> getHistory() { return history; }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
