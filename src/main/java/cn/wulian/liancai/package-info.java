/**
 * Liancai (莲才): the talent office's system for Wulian's hometown talents, their teams and
 * projects, the support policies and the award.
 *
 * <p><b>The rule of the house: dependencies run one way.</b> Code is organised by feature; the
 * features stand in this order, from the bottom up, and each may use only those below it:
 * <pre>
 *   shared                         plumbing: security, REST errors, i18n, persistence, JSF helpers
 *   search, place                  the index (knows no feature); the county's townships
 *   platform                       the innovation platforms
 *   account                        the people who log in (a manager's platform)
 *   talent                         the registry of hometown talents (a liaison is an account)
 *   team                           teams housed on a platform, led by talents
 *   project                        projects of teams and talents, flags and the monthly ranking
 *   rules                          the rule interpreter and the facts of talents, teams, projects
 *   support, award, service        the 五个一 policies and applications; the 杰出莲才奖; service requests (服务事项)
 *   dashboard, workbench, network  the office's figures; the day's work; who knows whom (the network pictures)
 *   backup                         online backups of the database and the index, and their restore
 *   seed                           start-up: migrations, data-seed/, the index in step
 * </pre>
 * Features of one line do not use each other. Where a lower feature must learn about a higher
 * one, the lower one declares a contract and the higher ones implement or observe it:
 * {@code search.boundary.IndexSource} (features offer their documents),
 * {@code platform.boundary.PlatformFigureSource} (teams and projects count a platform's figures),
 * {@code shared.security.CallerDirectory} (accounts tell who is calling). Inside a feature,
 * {@code entity} ← {@code control} ← {@code boundary}: entities use no control or boundary
 * (of any feature), control does not use its own boundary. JSF pages may show several features'
 * views side by side; that composition lives in the page, not in Java imports.
 *
 * <p>{@code ArchitectureTest} (ArchUnit, in {@code ./mvnw verify}) fails the build when an import
 * breaks the rule; a new top-level package must be given its place there first.
 */
package cn.wulian.liancai;
