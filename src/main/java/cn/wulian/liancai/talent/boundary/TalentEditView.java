package cn.wulian.liancai.talent.boundary;

import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.StaleVersion;
import cn.wulian.liancai.shared.security.CurrentUser;
import cn.wulian.liancai.shared.web.FacesErrors;
import cn.wulian.liancai.shared.web.UrlIds;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Create and edit a talent. On bad input the form keeps everything typed and marks the fields. */
@Named
@ViewScoped
public class TalentEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Talents talents;

    @Inject
    CurrentUser user;

    /** the URL's id as typed: a wrong one answers 404, not an empty "new talent" form */
    private String idParam;
    private Long id;
    private TalentForm form = new TalentForm();
    private boolean loaded;

    /** f:viewAction: loads the talent once per view when editing */
    public void load() {
        user.requireStaff("only office staff edit talents");
        if (!loaded && idParam != null && !idParam.isBlank()) {
            id = UrlIds.parse(idParam, "talent");
            form = TalentForm.of(talents.find(id));
        }
        loaded = true;
    }

    public String save() {
        try {
            TalentJson saved = id == null ? talents.register(form.toInput()) : talents.revise(id, form.toInput());
            FacesErrors.infoAfterRedirect("talent.saved");
            return "/talents/profile?faces-redirect=true&id=" + saved.id();
        } catch (DomainViolation e) {
            FacesErrors.show(e, "talentForm");
            return null;
        } catch (StaleVersion e) {
            FacesErrors.stale(e);
            return null;
        }
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() { return id; }
    public String getIdParam() { return idParam; }
    public void setIdParam(String idParam) { this.idParam = idParam; }
    public TalentForm getForm() { return form; }
}
