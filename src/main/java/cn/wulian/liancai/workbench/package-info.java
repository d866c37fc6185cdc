/**
 * Owns the 工作台: the page after login for office staff and platform managers, and {@code
 * /api/workbench} with the same sections — the day's work gathered from the features below, each
 * section a count, its first rows and a link to the filtered list. It stores nothing and decides
 * nothing: it reads through the features' own boundaries, which check role and scope (a manager's
 * sections are their platform's), and the one thing done on the page — logging a contact or moving a
 * follow-up — is the talent feature's use case. Reviewers have their reviews, not a 工作台.
 */
package cn.wulian.liancai.workbench;
