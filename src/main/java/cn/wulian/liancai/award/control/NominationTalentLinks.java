package cn.wulian.liancai.award.control;

import cn.wulian.liancai.award.entity.AwardCategory;
import cn.wulian.liancai.award.entity.CycleStatus;
import cn.wulian.liancai.award.entity.Nomination;
import cn.wulian.liancai.talent.boundary.TalentLink;
import cn.wulian.liancai.talent.boundary.TalentLinks;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A talent's nominations and awards, for the talent's profile: a nomination is an award once its
 * cycle's winners are published (公示) — a decision not yet published is still "in review" here, as
 * it is everywhere outside the committee. Office staff see all; a manager those nominated from their
 * platform, as on the cycle's page.
 */
@ApplicationScoped
public class NominationTalentLinks extends TalentLinks {

    static final String IN_REVIEW = "IN_REVIEW";
    static final String WON = "WON";
    static final String NOT_CHOSEN = "NOT_CHOSEN";

    @Override
    public List<TalentLink> of(long talentId, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        Map<String, String> categories = new HashMap<>();
        em.createNamedQuery(AwardCategory.ALL, AwardCategory.class).getResultList().forEach(c -> categories.put(c.getCode(), c.label(english)));
        List<Object[]> awards = new ArrayList<>();
        List<Object[]> nominations = new ArrayList<>();
        for (Nomination n : em.createQuery("select n from Nomination n join fetch n.cycle left join fetch n.platform where n.talent.id = :id"
                + " order by n.id desc", Nomination.class).setParameter("id", talentId).getResultList()) {
            String status = status(n.getCycle().getStatus(), n.isWinner());
            // the cycle's page lists its nominations: the link opens the cycle
            Object[] row = {n.getId(), n.getCycle().getName() + " · " + categories.getOrDefault(n.getCategory(), n.getCategory()),
                    status, n.getPlatform() == null ? null : n.getPlatform().getCode(), n.getCycle().getId()};
            (WON.equals(status) ? awards : nominations).add(row);
        }
        List<TalentLink> links = new ArrayList<>();
        add(links, nominations, TalentLink.Kind.NOMINATION, "nominee", "/awards/cycle.xhtml");
        add(links, awards, TalentLink.Kind.AWARD, "nominee", "/awards/cycle.xhtml");
        return links;
    }

    static String status(CycleStatus cycle, boolean winner) {
        boolean published = cycle == CycleStatus.PUBLISHED || cycle == CycleStatus.FINAL;
        return !published ? IN_REVIEW : winner ? WON : NOT_CHOSEN;
    }
}
