package cn.wulian.liancai.award.control;

import cn.wulian.liancai.account.entity.Account;
import cn.wulian.liancai.award.control.Assigner.Pair;
import cn.wulian.liancai.award.entity.Nomination;
import cn.wulian.liancai.award.entity.ReviewAssignment;
import cn.wulian.liancai.talent.entity.RelationKind;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The conflicts of interest of a cycle's committee with its nominations, read from the records:
 * the reviewers' accounts (their own talent record and the platform they run), the teams of both
 * sides, the nominees' referrers and the relations between the talents — plus the conflicts the
 * reviewers have declared themselves.
 */
public final class CycleConflicts {

    private CycleConflicts() {
    }

    /** (nomination, reviewer) → why not; only the pairs with a reason */
    public static Map<Pair, List<Conflicts.Reason>> of(EntityManager em, List<Nomination> nominations, List<String> committee) {
        Map<Pair, List<Conflicts.Reason>> found = new LinkedHashMap<>();
        if (nominations.isEmpty() || committee.isEmpty()) {
            return found;
        }
        List<Account> accounts = em.createQuery("select a from Account a left join fetch a.platform where a.username in :names", Account.class)
                .setParameter("names", committee).getResultList();
        Set<Long> talents = new HashSet<>();
        nominations.forEach(n -> talents.add(n.getTalent().getId()));
        accounts.stream().map(Account::getTalentId).filter(java.util.Objects::nonNull).forEach(talents::add);
        Map<Long, Set<Long>> teams = new HashMap<>();
        Map<Long, Set<String>> platforms = new HashMap<>();
        for (Object[] row : em.createQuery("select l.id, t.id, p.code from Team t join t.leader l left join t.platform p where l.id in :ids",
                Object[].class).setParameter("ids", talents).getResultList()) {
            membership(teams, platforms, row);
        }
        for (Object[] row : em.createQuery("select m.talent.id, t.id, p.code from Team t join t.members m left join t.platform p"
                + " where m.talent.id in :ids", Object[].class).setParameter("ids", talents).getResultList()) {
            membership(teams, platforms, row);
        }
        List<Conflicts.Relation> relations = em.createQuery("select r.fromTalent.id, r.toTalent.id, r.kind from TalentRelation r"
                        + " where r.fromTalent.id in :ids and r.toTalent.id in :ids", Object[].class).setParameter("ids", talents)
                .getResultList().stream().map(r -> new Conflicts.Relation((Long) r[0], (Long) r[1], (RelationKind) r[2])).toList();
        // the office reads a team and a platform by name, not by number or code
        Map<String, String> teamNames = new HashMap<>();
        teams.values().stream().flatMap(Set::stream).distinct().forEach(id -> teamNames.put(String.valueOf(id), null));
        if (!teamNames.isEmpty()) {
            em.createQuery("select t.id, t.name from Team t where t.id in :ids", Object[].class)
                    .setParameter("ids", teamNames.keySet().stream().map(Long::valueOf).toList()).getResultList()
                    .forEach(r -> teamNames.put(String.valueOf(r[0]), (String) r[1]));
        }
        Map<String, String> platformNames = new HashMap<>();
        em.createQuery("select p.code, p.name from Platform p", Object[].class).getResultList()
                .forEach(r -> platformNames.put((String) r[0], (String) r[1]));
        Map<String, Account> byName = new HashMap<>();
        accounts.forEach(a -> byName.put(a.getUsername(), a));
        for (Nomination n : nominations) {
            long talent = n.getTalent().getId();
            Long referrer = n.getTalent().getReferrer() == null ? null : n.getTalent().getReferrer().getId();
            Conflicts.Nominee nominee = new Conflicts.Nominee(talent, referrer, teams.getOrDefault(talent, Set.of()),
                    platforms.getOrDefault(talent, Set.of()));
            for (String username : committee) {
                Account a = byName.get(username);
                if (a == null) {
                    continue;
                }
                Long own = a.getTalentId();
                Conflicts.Reviewer reviewer = new Conflicts.Reviewer(username, own, own == null ? Set.of() : teams.getOrDefault(own, Set.of()),
                        a.getPlatform() == null ? null : a.getPlatform().getCode());
                List<Conflicts.Reason> reasons = Conflicts.between(reviewer, nominee, relations);
                if (!reasons.isEmpty()) {
                    found.put(new Pair(n.getId(), username), reasons.stream().map(r -> named(r, teamNames, platformNames)).toList());
                }
            }
        }
        return found;
    }

    /** the data's conflicts and the declared ones that count (not those still waiting for the office) together */
    public static Map<Pair, List<Conflicts.Reason>> withDeclared(Map<Pair, List<Conflicts.Reason>> found, List<ReviewAssignment> assignments) {
        Map<Pair, List<Conflicts.Reason>> all = new LinkedHashMap<>(found);
        for (ReviewAssignment a : assignments) {
            if (a.steppedAside()) {
                all.computeIfAbsent(new Pair(a.getNomination().getId(), a.getReviewer()), k -> new ArrayList<>())
                        .add(new Conflicts.Reason(Conflicts.Kind.DECLARED, a.getConflictReason()));
            }
        }
        return all;
    }

    private static void membership(Map<Long, Set<Long>> teams, Map<Long, Set<String>> platforms, Object[] row) {
        Long talent = (Long) row[0];
        teams.computeIfAbsent(talent, k -> new HashSet<>()).add((Long) row[1]);
        if (row[2] != null) {
            platforms.computeIfAbsent(talent, k -> new HashSet<>()).add((String) row[2]);
        }
    }

    private static Conflicts.Reason named(Conflicts.Reason r, Map<String, String> teams, Map<String, String> platforms) {
        return switch (r.kind()) {
            case SHARED_TEAM -> new Conflicts.Reason(r.kind(), teams.getOrDefault(r.detail(), r.detail()));
            case MANAGES_PLATFORM -> new Conflicts.Reason(r.kind(), platforms.getOrDefault(r.detail(), r.detail()));
            default -> r;
        };
    }
}
