package cn.wulian.liancai.shared.web;

import cn.wulian.liancai.shared.audit.Actor;
import cn.wulian.liancai.shared.i18n.Messages;
import cn.wulian.liancai.shared.security.CallerDirectory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.function.Function;

/**
 * People on pages by their names: records keep who did something as the account's user name (a
 * stable key, and what the API answers), a page shows the account's display name,
 * {@code #{names.of(h.by)}}. Work done by no one in a request reads "系统". A user name with no
 * account left (deleted) is shown as it was stored, there being no other name to give.
 */
@Named("names")
@RequestScoped
public class PeopleNames {

    @Inject
    CallerDirectory directory;

    @Inject
    LocaleView localeView;

    /** a page names the same few people many times: one look-up each, for the request */
    private Function<String, String> known;

    public String of(String username) {
        if (username == null || username.isBlank()) {
            return "";
        }
        if (Actor.SYSTEM.username().equals(username)) {
            return Messages.text(localeView.getLocale(), "names.system");
        }
        if (known == null) {
            known = directory.names();
        }
        return known.apply(username);
    }
}
