/**
 * Owns the talent registry (莲才库): the people the office courts, every contact with them, and who
 * knows whom.
 * <p>
 * Rules: office staff and administrators change talents, their contact log and relations; every
 * role may read talents, and non-staff read them with phone, e-mail and WeChat masked. A talent
 * checks its own cross-field rules ({@code Talent.problems}); the facade {@code Talents} reports
 * every wrong field of an input at once, runs one transaction per use case and announces each
 * change to the search index, which applies it only after the commit. Logging the first contact
 * moves an identified talent to "contacted"; a follow-up stays open until the next contact with
 * the same talent is logged.
 */
package cn.wulian.liancai.talent;
