package cn.wulian.liancai.service.boundary;

import cn.wulian.liancai.rules.entity.SubjectKind;
import cn.wulian.liancai.shared.PageRequest;
import cn.wulian.liancai.shared.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The service-request card of a talent's, team's or project's page ({@code /WEB-INF/service-requests.xhtml}):
 * the subject's latest requests, as the caller may see them, and the way to file one.
 */
@Named
@RequestScoped
public class ServiceCard {

    static final int SHOWN = 8;

    @Inject
    ServiceRequests requests;

    @Inject
    CurrentUser user;

    private final Map<String, List<ServiceRequestJson>> known = new HashMap<>();
    private final Map<String, Long> totals = new HashMap<>();

    /** the subject's latest requests, newest first; none for a caller who may not see requests */
    public List<ServiceRequestJson> of(String kind, long id) {
        String key = kind.toUpperCase(Locale.ROOT) + ":" + id;
        return known.computeIfAbsent(key, k -> {
            if (!user.isStaff() && !user.isManager()) {
                return List.of();
            }
            var page = requests.list(new PageRequest(0, SHOWN, "receivedOn", false, Map.of("subject", k)),
                    FacesContext.getCurrentInstance().getViewRoot().getLocale());
            totals.put(k, page.total());
            return page.rows();
        });
    }

    public long total(String kind, long id) {
        of(kind, id);
        return totals.getOrDefault(kind.toUpperCase(Locale.ROOT) + ":" + id, 0L);
    }

    public boolean mayFile(String kind) {
        return requests.mayFileFor(SubjectKind.valueOf(kind.toUpperCase(Locale.ROOT)));
    }
}
