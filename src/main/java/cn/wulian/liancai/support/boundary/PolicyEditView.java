package cn.wulian.liancai.support.boundary;

import cn.wulian.liancai.rules.control.RuleEditor;
import cn.wulian.liancai.rules.entity.FactCatalog;
import cn.wulian.liancai.rules.entity.RuleJson;
import cn.wulian.liancai.rules.entity.SubjectKind;
import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.i18n.Messages;
import cn.wulian.liancai.shared.security.CurrentUser;
import cn.wulian.liancai.shared.web.FacesErrors;
import cn.wulian.liancai.shared.web.LocaleView;
import cn.wulian.liancai.support.entity.BenefitKind;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Create a policy, or edit the current version of one into the next ({@code ?code=}), with its
 * rule built in the {@link RuleEditor}. Office staff only: anyone else gets 403 on opening the
 * page, as the facade refuses them on saving. Code and beneficiary kind are fixed once the policy
 * exists; choosing another kind for a new policy starts its rule afresh, the facts being another
 * kind's.
 */
@Named
@ViewScoped
public class PolicyEditView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "policyForm";

    @Inject
    Policies policies;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    /** the page's language; the view root's is not yet set when the view action runs */
    @Inject
    LocaleView localeView;

    private String code;
    private boolean editing;
    private PolicyForm form;
    private RuleEditor editor;
    private List<PolicyVersion> versions;
    private Locale versionsLocale;

    /** f:viewAction: refuses anyone but office staff; loads the policy once per view when editing */
    public void load() {
        user.requireStaff("policies are set by office staff");
        if (form != null) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        if (code != null && !code.isBlank()) {
            PolicyJson current = policies.find(code, null, locale());
            code = current.code();
            editing = true;
            form = PolicyForm.of(current);
            FactCatalog catalog = policies.catalog(SubjectKind.valueOf(current.beneficiaryKind()));
            editor = RuleEditor.of(RuleJson.stored(current.rule().toString(), catalog), catalog, today);
        } else {
            form = new PolicyForm(today);
        }
    }

    /** a new policy's kind of beneficiary changed: its rule starts empty, over that kind's facts */
    public void kindChanged() {
        SubjectKind kind = kind();
        editor = kind == null ? null : new RuleEditor(policies.catalog(kind), LocalDate.now(clock));
    }

    public String save() {
        PolicyInput input = form.toInput(editor == null ? null : editor.ruleJson());
        Locale locale = locale();
        return FacesErrors.attempt(FORM, () -> {
            try {
                return editing ? policies.revise(code, input, locale) : policies.create(input, locale);
            } catch (DomainViolation e) {
                throw editor == null ? e : editor.explain(e);
            }
        }).map(saved -> {
            if (editing && saved.version() == form.getVersion()) {
                FacesErrors.infoAfterRedirect("policy.edit.unchanged", saved.name());
            } else {
                FacesErrors.infoAfterRedirect("policy.edit.saved", saved.name(), saved.version());
            }
            return "/policies/list?faces-redirect=true";
        }).orElse(null);
    }

    /** the rule editor, or {@code null} until a new policy's kind is chosen */
    public RuleEditor getEditor() {
        if (editor != null && editor.catalog() == null) {
            editor.attach(policies.catalog(kind()));
        }
        return editor;
    }

    /** a field's label with the benefit's unit: "年度预算（元）" */
    public String withUnit(String key) {
        String label = Messages.text(locale(), key);
        return form.getBenefitKind() == null ? label
                : Messages.text(locale(), "policy.edit.withUnit", label, Messages.text(locale(), "policy.edit.unit." + form.getBenefitKind()));
    }

    public List<SubjectKind> getKinds() {
        return List.of(SubjectKind.values());
    }

    public List<String> getBenefitKinds() {
        return Arrays.stream(BenefitKind.values()).map(Enum::name).toList();
    }

    public boolean isNew() {
        return !editing;
    }

    private SubjectKind kind() {
        String kind = form.getBeneficiaryKind();
        return kind == null || kind.isBlank() ? null : SubjectKind.valueOf(kind);
    }

    private Locale locale() {
        return localeView.getLocale();
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public PolicyForm getForm() { return form; }

    /** the policy's versions, newest first, in the page's language (which may change while the page is open) */
    public List<PolicyVersion> getVersions() {
        if (!editing) {
            return List.of();
        }
        if (versions == null || !locale().equals(versionsLocale)) {
            versionsLocale = locale();
            versions = PolicyVersion.of(policies.versions(code, versionsLocale), clock.getZone(), versionsLocale);
        }
        return versions;
    }
}
