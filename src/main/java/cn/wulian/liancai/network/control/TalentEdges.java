package cn.wulian.liancai.network.control;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The links of the registry read by id, a few kinds at a time: between talents (their relations; the
 * record's "referred by" is kept as a REFERRED_BY relation), talents and teams (leader, members), talents and projects (lead,
 * recommender) and teams and projects. Merged records are redirects and are left out. Queries take
 * ids in lists of at most {@link #IN_LIST}, so a step out from a well-connected talent stays a few
 * statements.
 */
public final class TalentEdges {

    /** ids per IN list: Derby compiles one statement per list length, and long lists cost it */
    static final int IN_LIST = 500;

    private final EntityManager em;

    public TalentEdges(EntityManager em) {
        this.em = em;
    }

    /** a link as ids: {@code fromKind fromId → toKind toId}, of a kind */
    public record Link(String fromKind, long from, String toKind, long to, String kind) {
    }

    /** the relations of these talents (both ways), and the teams and projects they lead, belong to or recommended */
    public List<Link> ofTalents(Collection<Long> talents) {
        List<Link> links = new ArrayList<>();
        for (List<Long> ids : chunks(talents)) {
            for (Object[] r : rows("select r.fromTalent.id, r.toTalent.id, r.kind from TalentRelation r"
                    + " where (r.fromTalent.id in :ids or r.toTalent.id in :ids)"
                    + " and r.fromTalent.mergedInto is null and r.toTalent.mergedInto is null", ids)) {
                links.add(new Link("T", id(r[0]), "T", id(r[1]), String.valueOf(r[2])));
            }
            for (Object[] r : rows("select t.leader.id, t.id from Team t where t.leader.id in :ids", ids)) {
                links.add(new Link("T", id(r[0]), "TM", id(r[1]), "LEADS"));
            }
            for (Object[] r : rows("select m.talent.id, t.id from Team t join t.members m where m.talent.id in :ids", ids)) {
                links.add(new Link("T", id(r[0]), "TM", id(r[1]), "MEMBER"));
            }
            for (Object[] r : rows("select p.leadTalent.id, p.id from Project p where p.leadTalent.id in :ids", ids)) {
                links.add(new Link("T", id(r[0]), "P", id(r[1]), "LEADS"));
            }
            for (Object[] r : rows("select p.recommenderTalent.id, p.id from Project p where p.recommenderTalent.id in :ids", ids)) {
                links.add(new Link("T", id(r[0]), "P", id(r[1]), "RECOMMENDED"));
            }
        }
        return links;
    }

    /** the talents of these teams (leader, members) and the projects they carry */
    public List<Link> ofTeams(Collection<Long> teams) {
        List<Link> links = new ArrayList<>();
        for (List<Long> ids : chunks(teams)) {
            for (Object[] r : rows("select t.leader.id, t.id from Team t where t.id in :ids and t.leader is not null", ids)) {
                links.add(new Link("T", id(r[0]), "TM", id(r[1]), "LEADS"));
            }
            for (Object[] r : rows("select m.talent.id, t.id from Team t join t.members m where t.id in :ids and m.talent is not null", ids)) {
                links.add(new Link("T", id(r[0]), "TM", id(r[1]), "MEMBER"));
            }
            for (Object[] r : rows("select t.id, p.id from Project p join p.team t where t.id in :ids", ids)) {
                links.add(new Link("TM", id(r[0]), "P", id(r[1]), "MEMBER"));
            }
        }
        return links;
    }

    /** the talents who lead or recommended these projects, and their teams */
    public List<Link> ofProjects(Collection<Long> projects) {
        List<Link> links = new ArrayList<>();
        for (List<Long> ids : chunks(projects)) {
            for (Object[] r : rows("select p.leadTalent.id, p.id from Project p where p.id in :ids and p.leadTalent is not null", ids)) {
                links.add(new Link("T", id(r[0]), "P", id(r[1]), "LEADS"));
            }
            for (Object[] r : rows("select p.recommenderTalent.id, p.id from Project p where p.id in :ids and p.recommenderTalent is not null", ids)) {
                links.add(new Link("T", id(r[0]), "P", id(r[1]), "RECOMMENDED"));
            }
            for (Object[] r : rows("select t.id, p.id from Project p join p.team t where p.id in :ids", ids)) {
                links.add(new Link("TM", id(r[0]), "P", id(r[1]), "MEMBER"));
            }
        }
        return links;
    }

    /**
     * every link between two talents in the registry, as pairs of ids (relations of the kinds asked, a team's leader and
     * members); {@code platform}: only the teams of that platform (a manager's), null for all
     */
    public List<long[]> talentPairs(Collection<String> kinds, String platform) {
        List<long[]> pairs = new ArrayList<>();
        for (Object[] r : em.createQuery("select r.fromTalent.id, r.toTalent.id, r.kind from TalentRelation r"
                + " where r.fromTalent.mergedInto is null and r.toTalent.mergedInto is null", Object[].class).getResultList()) {
            if (kinds.contains(String.valueOf(r[2]))) {
                pairs.add(new long[] {id(r[0]), id(r[1])});
            }
        }
        if (kinds.contains("TEAM")) {
            // a team links its leader with each member
            var query = em.createQuery("select t.leader.id, m.talent.id from Team t join t.members m"
                    + " where t.leader is not null and m.talent is not null" + (platform == null ? "" : " and t.platform.code = :platform"),
                    Object[].class);
            if (platform != null) {
                query.setParameter("platform", platform);
            }
            for (Object[] r : query.getResultList()) {
                if (!r[0].equals(r[1])) {
                    pairs.add(new long[] {id(r[0]), id(r[1])});
                }
            }
        }
        return pairs;
    }

    private List<Object[]> rows(String jpql, List<Long> ids) {
        return em.createQuery(jpql, Object[].class).setParameter("ids", ids).getResultList();
    }

    private static long id(Object o) {
        return ((Number) o).longValue();
    }

    private static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> all = new ArrayList<>(ids);
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += IN_LIST) {
            chunks.add(all.subList(i, Math.min(all.size(), i + IN_LIST)));
        }
        return chunks;
    }
}
