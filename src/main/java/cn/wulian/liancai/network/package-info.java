/**
 * Owns the pictures of who knows whom (莲才朋友圈): a talent's network two steps out on the profile
 * (relations, who referred whom, the teams they lead or belong to, the projects they lead or
 * recommended) and the registry's connectors — the talents linked to the most others — and groups,
 * the talents linked to each other directly or through others.
 * <p>
 * Rules: the pictures hold names only, never personal data; a platform manager's picture leaves out
 * the teams and projects of other platforms, which they could not open; reviewers see none. Merged
 * records are redirects and are not drawn. A picture draws at most 250 nodes and says so when it
 * leaves some out.
 * <p>
 * It reads talent, team and project records (it stands above them) and writes nothing.
 */
package cn.wulian.liancai.network;
