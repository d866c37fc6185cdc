package cn.wulian.liancai.platform.boundary;

import cn.wulian.liancai.platform.entity.PlatformKind;
import cn.wulian.liancai.shared.web.FacesErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * Add a platform, or edit one ({@code ?code=}). Office staff and administrators only: anyone else
 * gets 403 on opening the page. The code is typed once, when the platform is added.
 */
@Named
@ViewScoped
public class PlatformEditView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "platformForm";

    @Inject
    Platforms platforms;

    private String code;
    private boolean editing;
    private PlatformForm form;

    /** f:viewAction: refuses anyone but the office, then reads the platform (or makes an empty form) once per view */
    public void load() {
        platforms.requireEditor();
        if (form == null) {
            editing = code != null && !code.isBlank();
            form = editing ? PlatformForm.of(platforms.find(code.strip())) : new PlatformForm();
        }
    }

    public String save() {
        PlatformInput input = form.toInput();
        return FacesErrors.attempt(FORM, () -> editing ? platforms.revise(form.getCode(), input) : platforms.create(input))
                .map(saved -> {
                    FacesErrors.infoAfterRedirect("platform.saved");
                    return "/platforms/view?faces-redirect=true&code=" + saved.code();
                }).orElse(null);
    }

    public List<String> getKinds() {
        return Arrays.stream(PlatformKind.values()).map(Enum::name).toList();
    }

    public boolean isNew() {
        return !editing;
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public PlatformForm getForm() { return form; }
}
