package cn.wulian.liancai.team.control;

import cn.wulian.liancai.platform.control.PlatformDocuments;
import cn.wulian.liancai.search.boundary.IndexSource;
import cn.wulian.liancai.search.control.IndexedDocument;
import cn.wulian.liancai.search.control.Stamp;
import cn.wulian.liancai.talent.control.TalentDocuments;
import cn.wulian.liancai.team.entity.Team;
import cn.wulian.liancai.team.entity.TeamMember;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How a team appears in search: found by office staff and by the managers of its own platform —
 * the same people who see it in lists. Teams hold no personal data.
 *
 * <p>The document shows the names of its platform, its leader and its members who are registered
 * talents, so its stamp holds their versions too: the team's, the platform's, the leader's ({@code -}
 * without one), then those of the member talents in the order of their ids.
 */
public final class TeamDocuments {

    public static final String TYPE = "team";

    private TeamDocuments() {
    }

    public static IndexedDocument of(Team t) {
        String text = Stream.of(
                        Stream.of(t.getName(), t.getPlatform().getName(), t.getField(), t.getCompanyName(), t.getCreditCode(),
                                t.getLeader() == null ? null : t.getLeader().getName(), t.getDescription()),
                        t.getMembers().stream().map(TeamMember::displayName),
                        t.getIp().stream().map(i -> i.getTitle()))
                .flatMap(s -> s)
                .filter(Objects::nonNull)
                .collect(Collectors.joining(" "));
        Map<Long, Long> memberTalents = new TreeMap<>();
        t.getMembers().stream().map(TeamMember::getTalent).filter(Objects::nonNull)
                .forEach(talent -> memberTalents.put(talent.getId(), talent.getVersion()));
        String stamp = stamp(t.getVersion(), t.getPlatform().getVersion(),
                t.getLeader() == null ? null : t.getLeader().getVersion(), memberTalents);
        Map<String, Object> facets = new HashMap<>();
        facets.put("platform", t.getPlatform().getCode());
        facets.put("industry", t.getField());
        facets.put("status", t.getStatus());
        return new IndexedDocument(TYPE, t.getId(), stamp, t.getName(), text, "",
                Set.of("role:OFFICE", "role:ADMIN", "platform:" + t.getPlatform().getCode()), Set.of())
                .with(facets, t.getUpdatedAt()).withColumns(TeamListing.columns(t));
    }

    /**
     * Type of a record the document shows → the condition (on {@code t}, the record's id as {@code
     * :id}) that finds the teams showing it, for {@code IndexSource.embedding}: the teams a talent
     * leads or belongs to, the teams of a platform. Leader, member talent and platform are foreign
     * keys, which Derby backs with an index each.
     */
    public static final Map<String, String> SHOWING = Map.of(
            TalentDocuments.TYPE, "t.leader.id = :id or t.id in (select x.id from Team x join x.members m where m.talent.id = :id)",
            PlatformDocuments.TYPE, "t.platform.id = :id");

    /**
     * The rows {@link #stamps} reads: one per member talent of each team, or one with nulls for a
     * team without any (outside members show only names kept in the team itself). Each left-joined
     * record comes with its id, which tells whether it is there.
     */
    public static final String STAMP_ROWS = "select t.id, t.version, p.version, l.id, l.version, mt.id, mt.version from Team t"
            + " join t.platform p left join t.leader l left join t.members m left join m.talent mt";

    /** team id → the stamp its document would carry now, from the rows of {@link #STAMP_ROWS} */
    public static Map<Long, String> stamps(List<Object[]> rows) {
        Map<Long, Object[]> teams = new HashMap<>();
        Map<Long, Map<Long, Long>> memberTalents = new HashMap<>();
        for (Object[] row : rows) {
            Long id = (Long) row[0];
            teams.put(id, row);
            Map<Long, Long> members = memberTalents.computeIfAbsent(id, x -> new TreeMap<>());
            if (row[5] != null) {
                members.put((Long) row[5], (Long) row[6]);
            }
        }
        Map<Long, String> stamps = new HashMap<>();
        teams.forEach((id, row) -> stamps.put(id,
                stamp((Long) row[1], (Long) row[2], IndexSource.versionAt(row, 3), memberTalents.get(id))));
        return stamps;
    }

    private static String stamp(long team, long platform, Long leader, Map<Long, Long> memberTalentsById) {
        List<Long> embedded = new ArrayList<>();
        embedded.add(platform);
        embedded.add(leader);
        embedded.addAll(memberTalentsById.values());
        return Stamp.of(team, embedded);
    }
}
