package cn.wulian.liancai.support.boundary;

import cn.wulian.liancai.rules.control.Wording;
import cn.wulian.liancai.shared.i18n.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/** The current support policies, read-only: what each gives, to whom, within which caps and budget, and the rule in words. */
@Named
@ViewScoped
public class PolicyListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Policies policies;

    private List<PolicyJson> all;

    /** an amount in the benefit's unit, "3,000,000 元"; a dash when there is none */
    public String amount(BigDecimal value, String benefitKind) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return value == null ? "—" : Messages.text(locale, "policy.unit." + benefitKind, Wording.number(value, locale));
    }

    public List<PolicyJson> getPolicies() {
        if (all == null) {
            all = policies.list(null, FacesContext.getCurrentInstance().getViewRoot().getLocale());
        }
        return all;
    }
}
