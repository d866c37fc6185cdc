package cn.wulian.liancai.talent.boundary;

import cn.wulian.liancai.shared.security.CurrentUser;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The contract by which the features above the talent (team, project, support, award) tell its
 * profile which of their records name a talent: the talent feature may not know them, so each
 * extends this as a CDI bean and the profile asks them all ({@link TalentProfiles#links}). An
 * implementation lists only the records the caller may open: staff any, a manager those their
 * platform houses, as each feature's own pages allow.
 */
public abstract class TalentLinks {

    @PersistenceContext
    protected EntityManager em;

    @Inject
    protected CurrentUser user;

    /** the records naming the talent that the caller may open, newest first within each kind */
    public abstract List<TalentLink> of(long talentId, Locale locale);

    /**
     * One role a talent plays in records of one kind: a JPQL query with the talent as {@code :id}
     * that selects {@code id, label, status, platform code}, newest first.
     */
    public record Part(String role, String jpql) {
    }

    /** the records the queries find, in their order, each once (in the first role found: a team's leader is often a member too) */
    protected List<TalentLink> links(long talentId, TalentLink.Kind kind, String page, Part... parts) {
        List<TalentLink> links = new ArrayList<>();
        for (Part r : parts) {
            add(links, em.createQuery(r.jpql(), Object[].class).setParameter("id", talentId).getResultList(), kind, r.role(), page);
        }
        return links;
    }

    /**
     * Adds the rows {@code [id, label, status, platform code]} — and, when the record is shown on
     * another record's page, that record's id as a fifth column — that the caller may open and
     * that are not listed yet.
     *
     * @param page the record's page, to which {@code ?id=} and the row's (or its fifth column's) id are appended
     */
    protected void add(List<TalentLink> links, List<Object[]> rows, TalentLink.Kind kind, String role, String page) {
        String own = user.isManager() ? user.platformCode() : null;
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            boolean inScope = !user.isManager() || own != null && own.equals(row[3]);
            if (inScope && links.stream().noneMatch(l -> l.kind() == kind && l.id() == id)) {
                links.add(new TalentLink(kind, id, String.valueOf(row[1]), role, String.valueOf(row[2]), page + "?id=" + (row.length > 4 ? row[4] : id)));
            }
        }
    }
}
