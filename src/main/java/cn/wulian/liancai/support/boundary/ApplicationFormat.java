package cn.wulian.liancai.support.boundary;

import cn.wulian.liancai.rules.control.Wording;
import cn.wulian.liancai.rules.entity.SubjectKind;
import cn.wulian.liancai.shared.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * How the application pages write what they show: an amount in its policy's unit ("40 万元",
 * "200 m²"), the unit alone beside an input, and the page of the talent, team or project applied for.
 */
@Named
@RequestScoped
public class ApplicationFormat {

    @Inject
    Applications applications;

    /** an amount in the benefit's unit, money in 万元 or 亿元; a dash when there is none */
    public String amount(BigDecimal value, String benefitKind) {
        return PolicyVersion.amount(value, benefitKind, locale());
    }

    /** an amount paid out: money exact to the fen, "12,000.50 元" */
    public String paid(BigDecimal value, String benefitKind) {
        return PolicyVersion.paid(value, benefitKind, locale());
    }

    /** a figure without its unit, where the column names it: "2,700,000" */
    public String number(BigDecimal value) {
        return value == null ? "—" : Wording.number(value, locale());
    }

    /** the benefit's unit on its own: 元, 平方米, 套, 个对象 */
    public String unit(String benefitKind) {
        return Messages.text(locale(), "policy.unitName." + benefitKind);
    }

    /** the outcome of a subject's page, for {@code h:link} */
    public String subjectPage(String subjectKind) {
        return switch (SubjectKind.valueOf(subjectKind.toUpperCase(Locale.ROOT))) {
            case TALENT -> "/talents/profile";
            case TEAM -> "/teams/view";
            case PROJECT -> "/projects/view";
        };
    }

    /** whether the caller may apply for this kind of subject ({@code team}, {@code TEAM}, …) */
    public boolean mayApply(String subjectKind) {
        return applications.mayApplyFor(SubjectKind.valueOf(subjectKind.toUpperCase(Locale.ROOT)));
    }

    static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
