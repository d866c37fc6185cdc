package cn.wulian.liancai.award.boundary;

import cn.wulian.liancai.award.boundary.AwardJsonViews.CycleJson;
import cn.wulian.liancai.award.entity.CycleStatus;
import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.security.CurrentUser;
import cn.wulian.liancai.shared.web.LocaleView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * What the award's pages share, so that each view holds its facade and this: the page's language
 * and the county's today; who may open the office's and the nominators' pages; whether a cycle
 * takes nominations today; a refusal of an action that has no input of its own (assigning,
 * deciding, publishing) shown above the page in the facade's words; and, for the pages as
 * {@code #{awardPage}}, how a window of days and a score are written.
 */
@Named
@RequestScoped
public class AwardPage {

    @Inject
    CurrentUser user;

    @Inject
    LocaleView localeView;

    @Inject
    Clock clock;

    /** the page's language (the view root's is not yet set when a view action runs) */
    public Locale locale() {
        return localeView.getLocale();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Instant now() {
        return clock.instant();
    }

    /** the office's pages: set-up, ranking, audit; anyone else gets 403 on opening them */
    public void requireStaff() {
        user.requireStaff("the award is run by the office");
    }

    /** the pages of those who nominate: office staff and platform managers */
    public void requireNominator() {
        user.requireStaffOrManager("nominations are made by the office and platform managers");
    }

    /** whether a cycle takes nominations today: open, and within its nomination window */
    public boolean nominating(CycleJson c) {
        LocalDate today = today();
        return CycleStatus.OPEN.name().equals(c.status()) && !today.isBefore(c.nominationOpens()) && !today.isAfter(c.nominationCloses());
    }

    /** each refused field's message as an error above the page; nothing was changed */
    public void refused(DomainViolation violation) {
        FacesContext faces = FacesContext.getCurrentInstance();
        violation.texts(locale()).values().forEach(text -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null)));
        faces.validationFailed();
    }

    /** a window of days, "2026-10-01 – 2026-12-15" */
    public String window(LocalDate from, LocalDate to) {
        return from + " – " + to;
    }

    /** a total or score as read: at most two decimals, no trailing zeros, "77", "54.5"; empty for none */
    public String score(BigDecimal value) {
        return value == null ? "" : value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
