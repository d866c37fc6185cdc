package cn.wulian.liancai.workbench.boundary;

import cn.wulian.liancai.shared.web.FacesErrors;
import cn.wulian.liancai.shared.web.LocaleView;
import cn.wulian.liancai.talent.boundary.FollowUps;
import cn.wulian.liancai.talent.boundary.InteractionForm;
import cn.wulian.liancai.talent.boundary.Talents;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

/**
 * The 工作台 page: the sections of {@link Workbench#today}, and a follow-up's two actions in a
 * dialog — log the contact (the profile's use case and form) or move the follow-up to another day.
 * After either, the page is read again by a redirect, so that the row leaves its group and the
 * navigation's badges count anew.
 */
@Named
@ViewScoped
public class WorkbenchView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Workbench workbench;

    @Inject
    Talents talents;

    @Inject
    FollowUps followUps;

    @Inject
    LocaleView localeView;

    @Inject
    Clock clock;

    private WorkbenchJson data;
    private Locale loadedIn;

    /** the follow-up the dialog is open for */
    private long interactionId;
    private long talentId;
    private String talentName;
    private InteractionForm contact;
    private LocalDate rescheduleTo;

    /** reads the sections in the session's language (again after the user switched it on this page) */
    public void load() {
        if (data == null || !localeView.getLocale().equals(loadedIn)) {
            loadedIn = localeView.getLocale();
            data = workbench.today(loadedIn);
        }
    }

    public WorkbenchJson getData() {
        load();
        return data;
    }

    /** whether the section has no work today, to say so in one line */
    public boolean idle(WorkbenchJson.Section section) {
        return section.rows().isEmpty() && section.groups().stream().allMatch(g -> g.rows().isEmpty());
    }

    /** opens the dialogs on one follow-up: a fresh contact form, and its day as the one to move */
    public void choose(long interactionId, long talentId, String talentName, LocalDate due) {
        this.interactionId = interactionId;
        this.talentId = talentId;
        this.talentName = talentName;
        this.contact = new InteractionForm(LocalDateTime.now(clock));
        LocalDate today = LocalDate.now(clock);
        this.rescheduleTo = due == null || due.isBefore(today) ? today : due;
    }

    public String logContact() {
        return FacesErrors.attempt("contactForm", () -> talents.log(talentId, contact.toInput()))
                .map(done -> reread("interaction.saved")).orElse(null);
    }

    public String reschedule() {
        return FacesErrors.attempt("rescheduleForm", () -> followUps.reschedule(talentId, interactionId, rescheduleTo))
                .map(done -> reread("workbench.rescheduled")).orElse(null);
    }

    private String reread(String message) {
        FacesErrors.infoAfterRedirect(message);
        return "/workbench?faces-redirect=true";
    }

    public String getTalentName() { return talentName; }
    public InteractionForm getContact() { return contact; }
    public LocalDate getRescheduleTo() { return rescheduleTo; }
    public void setRescheduleTo(LocalDate rescheduleTo) { this.rescheduleTo = rescheduleTo; }
}
