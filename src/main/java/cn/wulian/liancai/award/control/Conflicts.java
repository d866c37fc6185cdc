package cn.wulian.liancai.award.control;

import cn.wulian.liancai.talent.entity.RelationKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Conflicts of interest found in the data, before anyone is assigned: the reviewer is the nominee;
 * is linked to the nominee in the relationship data (relative, classmate, colleague, or one
 * introduced the other); shares a team with the nominee; or manages the platform that houses one
 * of the nominee's teams. A reviewer is a committee account, linked to their own talent record
 * when they have one, and to a platform when they run it.
 */
public final class Conflicts {

    public enum Kind { SELF, RELATIVE, CLASSMATE, COLLEAGUE, REFERRAL, SHARED_TEAM, MANAGES_PLATFORM, DECLARED }

    /** why a reviewer may not review a nomination; {@code detail} names the team or platform where there is one */
    public record Reason(Kind kind, String detail) {
    }

    /** a committee member as the rules see them */
    public record Reviewer(String username, Long talentId, Set<Long> teamIds, String platformCode) {
    }

    /**
     * A nominee as the rules see them: their talent record, who introduced them, their teams (as
     * leader or member) and those teams' platforms.
     */
    public record Nominee(long talentId, Long referrerId, Set<Long> teamIds, Set<String> platformCodes) {
    }

    /** a relation between two talents, as recorded */
    public record Relation(long from, long to, RelationKind kind) {
    }

    private Conflicts() {
    }

    public static List<Reason> between(Reviewer reviewer, Nominee nominee, List<Relation> relations) {
        List<Reason> reasons = new ArrayList<>();
        Long me = reviewer.talentId();
        if (me != null) {
            if (me == nominee.talentId()) {
                reasons.add(new Reason(Kind.SELF, null));
            }
            for (Relation r : relations) {
                boolean linked = r.from() == me && r.to() == nominee.talentId() || r.to() == me && r.from() == nominee.talentId();
                if (linked && me != nominee.talentId()) {
                    Reason reason = new Reason(switch (r.kind()) {
                        case RELATIVE -> Kind.RELATIVE;
                        case CLASSMATE -> Kind.CLASSMATE;
                        case COLLEAGUE -> Kind.COLLEAGUE;
                        case REFERRED_BY -> Kind.REFERRAL;
                    }, null);
                    if (!reasons.contains(reason)) {
                        reasons.add(reason);
                    }
                }
            }
            if (Objects.equals(nominee.referrerId(), me) && !reasons.contains(new Reason(Kind.REFERRAL, null))) {
                reasons.add(new Reason(Kind.REFERRAL, null));
            }
        }
        for (Long team : reviewer.teamIds()) {
            if (nominee.teamIds().contains(team)) {
                reasons.add(new Reason(Kind.SHARED_TEAM, String.valueOf(team)));
            }
        }
        if (reviewer.platformCode() != null && nominee.platformCodes().contains(reviewer.platformCode())) {
            reasons.add(new Reason(Kind.MANAGES_PLATFORM, reviewer.platformCode()));
        }
        return reasons;
    }
}
