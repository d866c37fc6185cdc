/**
 * Owns the "five ones" (五个一) support policies — what the county offers returning talents, their
 * teams and projects, and who qualifies — and the applications, grants and budgets under them.
 * <p>
 * Rules: a policy is data — code, name, beneficiary kind (talent, team or project), eligibility
 * rule (a {@code rules} tree over the beneficiary's facts), benefit (cash in yuan, rent-free space
 * in m² for some months, housing units, or a service), caps per beneficiary, an annual budget and a
 * validity period. Amounts are in the benefit's own unit: yuan for cash, m² for space, units for
 * housing, beneficiaries served for a service. Editing a policy never changes it: it adds the next
 * version and marks the one before as superseded (who, when), so the basis of every decision taken
 * under an older version stays as it was. Only the current version of a code can be edited, by the
 * caller who read it (the version they send must still be current, else 409).
 * <p>
 * Office staff and administrators create and edit policies; every role may read them. Eligibility
 * ({@code GET /api/eligibility/{kind}/{id}}) answers, for each current policy of the subject's kind,
 * whether it qualifies today and why, condition by condition; platform managers may ask about
 * talents and about their own platform's teams and projects (any other id is refused alike),
 * reviewers not at all.
 * <p>
 * Search: the current version of each policy is found by every role that reads policies; an
 * application by the office and the managers of its platform ({@code ApplicationDocuments}), by its
 * policy's and beneficiary's names and its status in words, never by its statement or reasons.
 */
package cn.wulian.liancai.support;
