package cn.wulian.liancai.service.boundary;

import cn.wulian.liancai.shared.security.CurrentUser;
import cn.wulian.liancai.shared.web.WorkCount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The badge of 服务事项: the officer's requests overdue or due within two working days. */
@ApplicationScoped
public class ServiceRequestCount implements WorkCount {

    @Inject
    ServiceRequests requests;

    @Override
    public String entry() {
        return "services";
    }

    @Override
    public long count(CurrentUser user) {
        return user.isStaff() ? requests.attention() : 0;
    }
}
