package cn.wulian.liancai.shared.web;

import cn.wulian.liancai.shared.security.CurrentUser;

/**
 * The work a feature holds for the signed-in user, counted for the badge beside its navigation
 * entry. The layout lives below every feature, so the features that know the work implement this
 * contract (a CDI bean each) rather than the layout asking them.
 */
public interface WorkCount {

    /** The navigation entry the count belongs to: {@code followups}, {@code applications}, {@code reviews}, … */
    String entry();

    /**
     * Items waiting for this user in the entry, within their role and scope; 0 shows no badge.
     * Called once per page view: a count query, never a list.
     */
    long count(CurrentUser user);
}
