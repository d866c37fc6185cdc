package cn.wulian.liancai.team.control;

import cn.wulian.liancai.search.control.IndexedDocument;
import cn.wulian.liancai.team.entity.Team;
import cn.wulian.liancai.team.entity.TeamMember;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How a team appears in search: found by office staff and by the managers of its own platform —
 * the same people who see it in lists. Teams hold no personal data.
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
        return new IndexedDocument(TYPE, t.getId(), t.getVersion(), t.getName(), text, "",
                Set.of("role:OFFICE", "role:ADMIN", "platform:" + t.getPlatform().getCode()), Set.of());
    }
}
