/**
 * Owns the talent registry (莲才库): the people the office courts, every contact with them, and who
 * knows whom.
 * <p>
 * Rules: office staff and administrators change talents, their contact log and relations; they and
 * platform managers read talents, managers with phone, e-mail and WeChat masked and without the
 * office's internal notes (the talent's notes, the notes on relations: {@code
 * CurrentUser.maySeeInternalNotes} decides, in pages, API, exports and search alike). Reviewers
 * read no talent here: a nominee's file reaches them through the award, for their assignments. A talent
 * checks its own cross-field rules ({@code Talent.problems}); the facade {@code Talents} reports
 * every wrong field of an input at once, runs one transaction per use case and announces each
 * change to the search index, which applies it only after the commit. Logging the first contact
 * moves an identified talent to "contacted"; a follow-up stays open until the next contact with
 * the same talent is logged.
 * <p>
 * Duplicates: each talent keeps folded keys of its name, phone, e-mail and WeChat ({@code
 * DuplicateKeys}); {@code DuplicateFinder} offers candidate pairs, never merges. A merge is decided
 * by office staff or an administrator, in one transaction: the features above talent move their own
 * references through {@code TalentMergeParticipant}; the merged record stays as a redirect, out of
 * lists, search and candidates; undo restores everything while the versions are those the merge left.
 * <p>
 * The file (一人一档): the records of the features above that name a talent reach its profile
 * through {@code TalentLinks}, which each of them implements in its own scope; the profile's place
 * in the list it came from is computed by the list's own query ({@code TalentProfiles.neighbours}).
 */
package cn.wulian.liancai.talent;
