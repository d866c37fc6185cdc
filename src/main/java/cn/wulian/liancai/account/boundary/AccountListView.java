package cn.wulian.liancai.account.boundary;

import cn.wulian.liancai.account.control.AccountQuery;
import cn.wulian.liancai.shared.security.CurrentUser;
import cn.wulian.liancai.shared.web.PageLazyModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * The account list for administrators and office staff: lazy paging and sorting by the database,
 * filtered by the form above the table (name, role, platform, status).
 */
@Named
@ViewScoped
public class AccountListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Accounts accounts;

    @Inject
    CurrentUser user;

    private final Map<String, String> filters = new HashMap<>();
    private PageLazyModel<AccountJson> model;

    @PostConstruct
    void init() {
        Accounts facade = accounts;
        Map<String, String> shown = filters;
        // the form's filters over the table's own (none): one request to the facade
        model = new PageLazyModel<>(request -> facade.list(request.withForm(shown, AccountQuery.FILTERS)), AccountJson::id);
    }

    /** f:viewAction: refuses anyone but administrators and office staff before the page is drawn */
    public void load() {
        user.requireStaff("accounts are the office's and the administrator's");
    }

    public PageLazyModel<AccountJson> getModel() {
        return model;
    }

    /** filter field → value, bound by the filter form */
    public Map<String, String> getFilters() {
        return filters;
    }
}
