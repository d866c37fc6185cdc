package cn.wulian.liancai.support.boundary;

import cn.wulian.liancai.rules.entity.SubjectKind;
import cn.wulian.liancai.shared.Forbidden;
import cn.wulian.liancai.shared.NotFound;
import cn.wulian.liancai.shared.web.FacesErrors;
import cn.wulian.liancai.shared.web.UrlIds;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;

/**
 * Applying for a policy on behalf of a talent, team or project, from its eligibility card
 * ({@code ?kind=TEAM&id=9&policy=startup-fund}): whom for, what the policy gives, and the subject's
 * standing against its rule today; the amount asked (optional) and a statement. Refused — not
 * eligible, already pending, a bad amount — the reasons stand at the top and beside the fields,
 * nothing is saved and what was typed stays.
 */
@Named
@ViewScoped
public class ApplicationNewView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Applications applications;

    @Inject
    Policies policies;

    @Inject
    ApplicationFormat format;

    private String kindParam;
    private String idParam;
    private String policyParam;

    private String kind;
    private long id;
    private String subjectName;
    private String code;
    private final InPageLanguage<PolicyJson> policy = new InPageLanguage<>();

    private BigDecimal requestedAmount;
    private String statement;

    /** f:viewAction: an unknown subject or policy is 404; a subject the caller may not apply for is 403 */
    public void load() {
        if (kind != null) {
            return;
        }
        String k = Arrays.stream(SubjectKind.values()).map(Enum::name).filter(n -> n.equalsIgnoreCase(kindParam == null ? "" : kindParam.strip()))
                .findFirst().orElseThrow(() -> new NotFound("kind of subject", kindParam));
        id = UrlIds.parse(idParam, k.toLowerCase(Locale.ROOT));
        if (!format.mayApply(k)) {
            throw new Forbidden("may not apply for a " + k);
        }
        // the subject as the caller may see it, and the policy only if it is one for this kind of subject
        EligibilityJson eligibility = policies.eligibility(k, id, Locale.ROOT);
        code = eligibility.policies().stream().map(EligibilityJson.Policy::code).filter(c -> c.equals(policyParam)).findFirst()
                .orElseThrow(() -> new NotFound("policy", policyParam));
        subjectName = eligibility.name();
        kind = k;
    }

    public String submit() {
        return FacesErrors.attempt("applicationForm",
                        () -> applications.submit(new ApplicationInput(code, kind, id, requestedAmount, statement), ApplicationFormat.locale()))
                .map(saved -> {
                    FacesErrors.infoAfterRedirect("application.submitted");
                    return "/applications/view?faces-redirect=true&id=" + saved.id();
                })
                .orElse(null);
    }

    public String getKindParam() { return kindParam; }
    public void setKindParam(String kindParam) { this.kindParam = kindParam; }
    public String getIdParam() { return idParam; }
    public void setIdParam(String idParam) { this.idParam = idParam; }
    public String getPolicyParam() { return policyParam; }
    public void setPolicyParam(String policyParam) { this.policyParam = policyParam; }
    public String getKind() { return kind; }
    public long getId() { return id; }
    public String getSubjectName() { return subjectName; }
    public PolicyJson getPolicy() { return policy.get(locale -> policies.find(code, null, locale)); }
    public BigDecimal getRequestedAmount() { return requestedAmount; }
    public void setRequestedAmount(BigDecimal requestedAmount) { this.requestedAmount = requestedAmount; }
    public String getStatement() { return statement; }
    public void setStatement(String statement) { this.statement = statement; }
}
