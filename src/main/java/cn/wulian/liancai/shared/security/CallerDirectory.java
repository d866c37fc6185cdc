package cn.wulian.liancai.shared.security;

import java.util.Optional;

/**
 * Looks up a logged-in user name. Declared here and implemented by the {@code account} feature,
 * which sits above {@code shared}: security plumbing must not import a feature.
 */
public interface CallerDirectory {

    /** the account of that user name, enabled or not; empty when there is none */
    Optional<Caller> find(String username);
}
