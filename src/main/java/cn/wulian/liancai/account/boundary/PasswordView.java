package cn.wulian.liancai.account.boundary;

import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.security.CurrentUser;
import cn.wulian.liancai.shared.security.LiancaiAuthentication;
import cn.wulian.liancai.shared.web.FacesErrors;
import cn.wulian.liancai.shared.web.PageAddress;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Changing one's own password; the only page a holder of a one-time password can open until they
 * have chosen their own. Their session stays open across the change (it takes on the new security
 * stamp, under a new session id); other sessions of the account end.
 */
@Named
@RequestScoped
public class PasswordView {

    static final String FORM = "passwordForm";

    @Inject
    Accounts accounts;

    @Inject
    CurrentUser user;

    private String currentPassword;
    private String newPassword;
    private String repeated;
    private String next;

    public String change() {
        if (newPassword != null && !newPassword.equals(repeated)) {
            FacesErrors.show(DomainViolation.of("repeated", "validation.password.repeat"), FORM);
            return null;
        }
        boolean wasRequired = isRequired();
        return FacesErrors.attempt(FORM, () -> accounts.changeOwnPassword(new PasswordInput(currentPassword, newPassword, null)))
                .map(stamp -> {
                    HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
                    LiancaiAuthentication.restamp(request, stamp);
                    FacesErrors.infoAfterRedirect("account.password.changed");
                    if (!wasRequired) {
                        return "/accounts/password?faces-redirect=true";
                    }
                    // on to the page the one-time password's holder was going to before the change stood in the way
                    try {
                        FacesContext.getCurrentInstance().getExternalContext().redirect(request.getContextPath() + PageAddress.safeNext(next));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return null;
                }).orElse(null);
    }

    /** the holder logged in with a one-time password and must choose their own first */
    public boolean isRequired() {
        return user.caller() != null && user.caller().passwordChangeRequired();
    }

    public String getCurrentPassword() { return currentPassword; }
    public void setCurrentPassword(String currentPassword) { this.currentPassword = currentPassword; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
    public String getRepeated() { return repeated; }
    public void setRepeated(String repeated) { this.repeated = repeated; }
    public String getNext() { return next; }
    public void setNext(String next) { this.next = next; }
}
