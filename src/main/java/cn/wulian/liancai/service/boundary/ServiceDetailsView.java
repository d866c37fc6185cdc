package cn.wulian.liancai.service.boundary;

import cn.wulian.liancai.account.entity.Account;
import cn.wulian.liancai.service.entity.ServiceAction;
import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.StaleVersion;
import cn.wulian.liancai.shared.web.FacesErrors;
import cn.wulian.liancai.shared.web.UrlIds;
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
 * A service request's page: what is asked, by when, who settles it, and its timeline. The office
 * takes the next step in one form — assign or hand over, start, resolve (how, and on which day),
 * close with the talent's satisfaction, reopen — and anyone who may see the request adds a note.
 * Each step sends the version the page read: if someone acted meanwhile, the page says so and shows
 * the request as it now stands.
 */
@Named
@ViewScoped
public class ServiceDetailsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ServiceRequests requests;

    @Inject
    ServiceCatalog catalog;

    @Inject
    Clock clock;

    private String idParam;
    private Long id;
    private ServiceRequestJson request;
    private boolean stale;
    private List<CatalogJson.Department> departments;
    private List<OfficerChoice> officers;

    private String department;
    private String officer;
    private String note;
    private LocalDate resolvedOn;
    private Integer satisfaction;

    /** an office account a request may be given to */
    public record OfficerChoice(String username, String label) implements Serializable {
    }

    public void load() {
        if (request == null) {
            id = UrlIds.parse(idParam, "service request");
            refresh();
            fresh();
        }
    }

    private void refresh() {
        request = requests.find(id, locale());
    }

    private void fresh() {
        department = request.department();
        officer = request.officer();
        note = null;
        resolvedOn = LocalDate.now(clock);
        satisfaction = null;
    }

    /** takes the step named, with what its form ({@code assignForm}, {@code resolveForm} …) holds */
    public void act(String action) {
        stale = false;
        ServiceAction a = ServiceAction.valueOf(action);
        ServiceStepInput input = new ServiceStepInput(action, a == ServiceAction.ASSIGN ? department : null,
                a == ServiceAction.ASSIGN ? officer : null, note, a == ServiceAction.RESOLVE ? resolvedOn : null,
                a == ServiceAction.CLOSE ? satisfaction : null, request.version());
        try {
            requests.step(id, input, locale());
            refresh();
            fresh();
            FacesErrors.info("service.done." + action);
            return;
        } catch (DomainViolation e) {
            FacesErrors.show(e, action.toLowerCase(Locale.ROOT) + "Form");
        } catch (StaleVersion e) {
            stale = true;
            FacesErrors.error("service.stale");
        }
        refresh();
    }

    public boolean may(String action) {
        return request.actions().contains(action);
    }

    /** whether the office's step form has anything to offer beyond a note */
    public boolean isStepping() {
        return request.actions().stream().anyMatch(a -> !a.equals(ServiceAction.NOTE.name()));
    }

    public List<CatalogJson.Department> getDepartments() {
        if (departments == null) {
            departments = catalog.departments(locale()).stream().filter(d -> d.active() || d.code().equals(request.department())).toList();
        }
        return departments;
    }

    public List<OfficerChoice> getOfficers() {
        if (officers == null) {
            officers = requests.officers().stream().map(a -> new OfficerChoice(a.getUsername(), label(a))).toList();
        }
        return officers;
    }

    private static String label(Account a) {
        return a.getDisplayName() == null || a.getDisplayName().isBlank() ? a.getUsername() : a.getDisplayName() + " (" + a.getUsername() + ")";
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public Long getId() { return id; }
    public String getIdParam() { return idParam; }
    public void setIdParam(String idParam) { this.idParam = idParam; }
    public ServiceRequestJson getRequest() { return request; }
    public boolean isStale() { return stale; }
    public String getDepartment() { return department; }
    public void setDepartment(String department) { this.department = department; }
    public String getOfficer() { return officer; }
    public void setOfficer(String officer) { this.officer = officer; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public LocalDate getResolvedOn() { return resolvedOn; }
    public void setResolvedOn(LocalDate resolvedOn) { this.resolvedOn = resolvedOn; }
    public Integer getSatisfaction() { return satisfaction; }
    public void setSatisfaction(Integer satisfaction) { this.satisfaction = satisfaction; }
}
