package cn.wulian.liancai.account.boundary;

import cn.wulian.liancai.shared.rest.Echoes;

/**
 * A new account, or the changes to one. {@code password} is the one-time password of a new
 * account (its holder must change it at the first log-in); it is ignored on an edit, where
 * {@code version} is the one read (409 when another edit came first). {@code username} is fixed once
 * created.
 */
@Echoes(AccountJson.class)
public record AccountInput(String username, String displayName, String role, String platform, Long talentId,
                           String email, String password, Long version) {
}
