package cn.wulian.liancai.service.boundary;

import cn.wulian.liancai.rules.entity.SubjectKind;
import cn.wulian.liancai.shared.web.FacesErrors;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Files a service request. Opened from a talent's, team's or project's page ({@code ?kind=TEAM&id=9})
 * the subject is fixed; opened from the list, the clerk picks the kind of subject and finds it by
 * name. The kind of request proposes its usual department and shows the due day its target gives.
 */
@Named
@ViewScoped
public class ServiceNewView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ServiceRequests requests;

    @Inject
    ServiceCatalog catalog;

    @Inject
    Clock clock;

    private String kindParam;
    private String idParam;

    private String subjectKind = SubjectKind.TEAM.name();
    private SubjectChoice subject;
    private boolean fixed;
    private String kind;
    private String department;
    private String description;
    private LocalDate receivedOn;
    private List<CatalogJson.Kind> kinds;
    private List<CatalogJson.Department> departments;

    public void load() {
        if (receivedOn != null) {
            return;
        }
        receivedOn = LocalDate.now(clock);
        if (!requests.mayFileFor(SubjectKind.TEAM)) {
            // a reviewer: the list's refusal, the 403 page
            requests.list(new cn.wulian.liancai.shared.PageRequest(0, 1, null, true, java.util.Map.of()), locale());
        }
        if (kindParam != null && idParam != null && idParam.matches("\\d{1,18}")) {
            SubjectKind k = SubjectKind.valueOf(kindParam.strip().toUpperCase(Locale.ROOT).matches("TALENT|TEAM|PROJECT")
                    ? kindParam.strip().toUpperCase(Locale.ROOT) : "TEAM");
            subject = requests.subject(k, Long.parseLong(idParam));
            subjectKind = k.name();
            fixed = true;
        } else if (!requests.mayFileFor(SubjectKind.TALENT)) {
            subjectKind = SubjectKind.TEAM.name();
        }
    }

    /** the autocomplete's suggestions: subjects of the chosen kind whose name holds what was typed */
    public List<SubjectChoice> complete(String typed) {
        return requests.candidates(SubjectKind.valueOf(subjectKind), typed);
    }

    /** the kind chosen: its usual department is proposed */
    public void kindChosen() {
        getKinds().stream().filter(k -> k.code().equals(kind)).findFirst().ifPresent(k -> department = k.department());
    }

    /** the day the chosen kind's target makes it due, received on the day given */
    public LocalDate getDueOn() {
        return getKinds().stream().filter(k -> k.code().equals(kind)).findFirst()
                .map(k -> catalog.calendar().addWorkingDays(receivedOn == null ? LocalDate.now(clock) : receivedOn, k.targetDays()))
                .orElse(null);
    }

    public String file() {
        return FacesErrors.attempt("requestForm", () -> requests.file(new ServiceRequestInput(kind, subjectKind,
                        subject == null ? null : subject.id(), description, receivedOn, department), locale()))
                .map(created -> {
                    FacesErrors.infoAfterRedirect("service.filed", created.id());
                    return "/services/view?faces-redirect=true&id=" + created.id();
                })
                .orElse(null);
    }

    public List<String> getSubjectKinds() {
        return java.util.Arrays.stream(SubjectKind.values()).filter(requests::mayFileFor).map(Enum::name).toList();
    }

    public List<CatalogJson.Kind> getKinds() {
        if (kinds == null) {
            kinds = catalog.kinds(locale()).stream().filter(CatalogJson.Kind::active).toList();
        }
        return kinds;
    }

    public List<CatalogJson.Department> getDepartments() {
        if (departments == null) {
            departments = catalog.departments(locale()).stream().filter(CatalogJson.Department::active).toList();
        }
        return departments;
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public String getKindParam() { return kindParam; }
    public void setKindParam(String kindParam) { this.kindParam = kindParam; }
    public String getIdParam() { return idParam; }
    public void setIdParam(String idParam) { this.idParam = idParam; }
    public String getSubjectKind() { return subjectKind; }
    public void setSubjectKind(String subjectKind) { this.subjectKind = subjectKind; subject = fixed ? subject : null; }
    public SubjectChoice getSubject() { return subject; }
    public void setSubject(SubjectChoice subject) { this.subject = subject; }
    public boolean isFixed() { return fixed; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getDepartment() { return department; }
    public void setDepartment(String department) { this.department = department; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public void setReceivedOn(LocalDate receivedOn) { this.receivedOn = receivedOn; }
}
