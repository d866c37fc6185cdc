package cn.wulian.liancai.service.boundary;

import cn.wulian.liancai.shared.PageRequest;
import cn.wulian.liancai.shared.export.ExportFormat;
import cn.wulian.liancai.shared.security.CurrentUser;
import cn.wulian.liancai.shared.web.FacesDownloads;
import cn.wulian.liancai.shared.web.ListMemory;
import cn.wulian.liancai.shared.web.LocaleView;
import cn.wulian.liancai.shared.web.PageLazyModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.StreamedContent;

/**
 * The service-request list: open requests soonest due first, the officer's reminders ("mine": overdue
 * or due within two working days), the overdue ones, or all; filtered by status, kind, department
 * and words. Links open it filtered ({@code ?quick=mine}, {@code ?quick=overdue&department=zjj}).
 */
@Named
@ViewScoped
public class ServiceListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ServiceRequests requests;

    @Inject
    ServiceCatalog catalog;

    @Inject
    CurrentUser user;

    @Inject
    LocaleView locale;

    private static final String LIST = "services";

    @Inject
    ListMemory memory;

    private final ServiceFilter filter = new ServiceFilter();
    private final ServiceFilter link = new ServiceFilter();
    private PageLazyModel<ServiceRequestJson> model;
    private List<CatalogJson.Kind> kinds;
    private List<CatalogJson.Department> departments;

    @PostConstruct
    void init() {
        ServiceRequests facade = requests;
        link.setQuick(null); // before f:viewParam: a link without ?quick= names no quick choice
        ServiceFilter chosen = filter;
        String me = user.getUsername();
        model = new PageLazyModel<>(r -> facade.list(chosen.applyTo(r, me), jakarta.faces.context.FacesContext.getCurrentInstance()
                .getViewRoot().getLocale()), ServiceRequestJson::id);
    }

    /**
     * f:viewAction: a caller with no business here gets the 403 page; the link's filters are taken once, or without a
     * link the ones the list was left with in this session
     */
    public void load() {
        requests.list(new PageRequest(0, 1, null, true, Map.of()), locale.getLocale());
        link.setQuick(link.getQuick() == null || link.getQuick().isBlank() ? null : link.getQuick());
        memory.restore(LIST, filter, link, () -> filter.fromLink(link, getKinds().stream().map(CatalogJson.Kind::code).toList(),
                getDepartments().stream().map(CatalogJson.Department::code).toList()), "requests:table");
        if (!user.isStaff() && ServiceFilter.MINE.equals(filter.getQuick())) {
            filter.setQuick(ServiceFilter.OPEN);
        }
    }

    public StreamedContent export(String format) {
        return FacesDownloads.list(requests, filter.applyTo(model.shown(), user.getUsername()), ExportFormat.parse(format));
    }

    public List<CatalogJson.Kind> getKinds() {
        if (kinds == null) {
            kinds = catalog.kinds(locale.getLocale());
        }
        return kinds;
    }

    public List<CatalogJson.Department> getDepartments() {
        if (departments == null) {
            departments = catalog.departments(locale.getLocale());
        }
        return departments;
    }

    public PageLazyModel<ServiceRequestJson> getModel() { return model; }
    public ServiceFilter getFilter() { return filter; }
    public ServiceFilter getLink() { return link; }
}
