package cn.wulian.liancai.account.boundary;

import cn.wulian.liancai.platform.boundary.PlatformJson;
import cn.wulian.liancai.platform.boundary.Platforms;
import cn.wulian.liancai.shared.security.CurrentUser;
import cn.wulian.liancai.shared.security.Role;
import cn.wulian.liancai.shared.web.FacesErrors;
import cn.wulian.liancai.shared.web.PickerLabels;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Create an account, or edit one ({@code ?username=}): its profile and role, its state, a one-time
 * password for a holder who forgot theirs. Each part is its own form and use case, so that resetting
 * a password never saves a half-edited profile.
 */
@Named
@ViewScoped
public class AccountEditView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "accountForm";
    static final String PASSWORD_FORM = "passwordForm";

    @Inject
    Accounts accounts;

    @Inject
    Platforms platforms;

    @Inject
    CurrentUser user;

    private String username;
    private AccountJson account;
    private final Form form = new Form();
    private String newPassword;
    private String issuedPassword;
    private List<PlatformJson> platformList;

    /**
     * f:viewAction: office staff and administrators only; loads the account once per view when
     * editing. A new account may come prefilled from a platform's page ({@code ?platform=&role=}).
     */
    public void load() {
        user.requireStaff("accounts are the office's and the administrator's");
        if (account == null && username != null && !username.isBlank()) {
            show(accounts.find(username.strip()));
        }
    }

    /** the platform a new manager's account is for, from the platform's page */
    public void setPlatform(String code) {
        if (account == null && code != null && !code.isBlank()) {
            form.platform = code.strip();
        }
    }

    public String getPlatform() {
        return form.platform;
    }

    public String save() {
        AccountInput input = new AccountInput(form.username, form.displayName, form.role,
                needsPlatform() || Role.REVIEWER.equals(form.role) ? form.platform : null,
                // the page offers the link for reviewers; another role's link (set through the API) is kept as it is
                Role.REVIEWER.equals(form.role) ? talentId(form.talent) : account == null ? null : account.talentId(),
                form.email, form.password, account == null ? null : account.version());
        return FacesErrors.attempt(FORM, () -> account == null ? accounts.create(input) : accounts.revise(account.username(), input))
                .map(saved -> {
                    if (account == null) {
                        FacesErrors.infoAfterRedirect("account.created", saved.username());
                    } else {
                        FacesErrors.infoAfterRedirect("account.saved", saved.username());
                    }
                    return "/accounts/edit?faces-redirect=true&username=" + saved.username();
                }).orElse(null);
    }

    public void disable() {
        FacesErrors.attempt(FORM, () -> accounts.disable(account.username(), account.version())).ifPresent(a -> {
            show(a);
            FacesErrors.info("account.disabledNow", a.username());
        });
    }

    public void enable() {
        FacesErrors.attempt(FORM, () -> accounts.enable(account.username(), account.version())).ifPresent(a -> {
            show(a);
            FacesErrors.info("account.enabledAgain", a.username());
        });
    }

    /** a one-time password for the holder; shown once here for the administrator to pass on */
    public void resetPassword() {
        String given = newPassword;
        FacesErrors.attempt(PASSWORD_FORM, () -> accounts.resetPassword(account.username(), new PasswordInput(null, given, account.version())))
                .ifPresent(a -> {
                    show(a);
                    issuedPassword = given;
                    newPassword = null;
                    FacesErrors.info("account.passwordReset", a.username());
                });
    }

    /** fills the password field with a strong random one the administrator can pass on */
    public void suggestPassword() {
        String suggested = accounts.suggestPassword();
        if (account == null) {
            form.password = suggested;
        } else {
            newPassword = suggested;
        }
    }

    public String remove() {
        return FacesErrors.attempt(FORM, () -> {
            accounts.remove(account.username());
            return account.username();
        }).map(gone -> {
            FacesErrors.infoAfterRedirect("account.deleted", gone);
            return "/accounts/list?faces-redirect=true";
        }).orElse(null);
    }

    private void show(AccountJson a) {
        account = a;
        username = a.username();
        form.username = a.username();
        form.displayName = a.displayName();
        form.role = a.role();
        form.platform = a.platform();
        form.talent = a.talentId() == null ? null : PickerLabels.label(a.talentName() == null ? "" : a.talentName(), a.talentId());
        form.email = a.email();
    }

    static Long talentId(String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        Long id = PickerLabels.id(label);
        // a typed name that names no registered talent is sent as an unknown id, refused beside the field
        return id == null ? -1L : id;
    }

    /** roles the caller may grant: administrators all, office staff managers' and reviewers' */
    public List<String> getRoles() {
        return user.hasRole(Role.ADMIN) ? List.of(Role.OFFICE, Role.PLATFORM_MANAGER, Role.REVIEWER, Role.ADMIN)
                : List.of(Role.PLATFORM_MANAGER, Role.REVIEWER);
    }

    public List<PlatformJson> getPlatforms() {
        if (platformList == null) {
            platformList = platforms.all();
        }
        return platformList;
    }

    /** a manager must name their platform; a reviewer may (the one they run: a conflict of interest) */
    public boolean needsPlatform() {
        return Role.PLATFORM_MANAGER.equals(form.role);
    }

    public boolean isPlatformShown() {
        return needsPlatform() || Role.REVIEWER.equals(form.role);
    }

    public boolean isNew() {
        return account == null;
    }

    /** not one's own account: nobody disables themselves or resets their own password here */
    public boolean isOther() {
        return account != null && !account.username().equals(user.getUsername());
    }

    /** an office clerk sees a colleague's or an administrator's account but does not change it */
    public boolean isManageable() {
        return account == null || user.hasRole(Role.ADMIN) || Accounts.OFFICE_MANAGES.contains(account.role());
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public AccountJson getAccount() { return account; }
    public Form getForm() { return form; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
    public String getIssuedPassword() { return issuedPassword; }

    /** what the profile form holds */
    public static class Form implements Serializable {
        private static final long serialVersionUID = 1L;
        private String username;
        private String displayName;
        private String role = Role.PLATFORM_MANAGER;
        private String platform;
        private String talent;
        private String email;
        private String password;

        public String getUsername() { return username; }
        public void setUsername(String username) { this.username = username; }
        public String getDisplayName() { return displayName; }
        public void setDisplayName(String displayName) { this.displayName = displayName; }
        public String getRole() { return role; }
        public void setRole(String role) { this.role = role; }
        public String getPlatform() { return platform; }
        public void setPlatform(String platform) { this.platform = platform; }
        public String getTalent() { return talent; }
        public void setTalent(String talent) { this.talent = talent; }
        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
        public String getPassword() { return password; }
        public void setPassword(String password) { this.password = password; }
    }
}
