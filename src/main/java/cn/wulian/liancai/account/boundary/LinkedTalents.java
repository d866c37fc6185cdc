package cn.wulian.liancai.account.boundary;

import java.util.Optional;

/**
 * The talent registry as the account feature needs it: an account may be linked to its holder's
 * own talent record, by which the award finds a reviewer's conflicts of interest. Declared here,
 * implemented by the {@code talent} feature, which sits above {@code account}.
 */
public interface LinkedTalents {

    /** the talent's name, or empty when there is no talent of that id */
    Optional<String> nameOf(long talentId);
}
