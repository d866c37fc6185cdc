/**
 * Owns the innovation and entrepreneurship teams (创新创业团队) — members, IP, financing, the
 * incubation agreement — and their way through a platform; the county's industry list
 * ({@code Industries}); the teams' part of a platform's figures.
 * <p>
 * Rules: a team belongs to one platform; its platform's managers register and maintain it, office
 * staff see and change every team, reviewers none. A manager asking for any team outside their
 * platform — or for an id that does not exist — is refused alike (403), so ids reveal nothing.
 * Status changes only by the steps of {@code TeamAction}, each stored as a {@code TeamTransition};
 * approving, returning and graduating are the office's. The company's unified social credit code is
 * checked with its check character; money is exact ({@code BigDecimal}, DECIMAL(16,2)).
 */
package cn.wulian.liancai.team;
