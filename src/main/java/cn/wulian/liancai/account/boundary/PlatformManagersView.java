package cn.wulian.liancai.account.boundary;

import cn.wulian.liancai.shared.PageRequest;
import cn.wulian.liancai.shared.security.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The managers of a platform, on the platform's page for office staff and administrators: who
 * acts for it, and a way to give it a new one. The account feature supplies them, the platform
 * feature below it knowing nothing of accounts.
 */
@Named
@RequestScoped
public class PlatformManagersView {

    @Inject
    Accounts accounts;

    private final Map<String, List<AccountJson>> byPlatform = new HashMap<>();

    public List<AccountJson> of(String platformCode) {
        return byPlatform.computeIfAbsent(platformCode, code -> accounts.list(
                new PageRequest(0, PageRequest.MAX_LIMIT, "username", true, Map.of("role", Role.PLATFORM_MANAGER, "platform", code))).rows());
    }
}
