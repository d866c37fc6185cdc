package cn.wulian.liancai.service.control;

import cn.wulian.liancai.service.entity.ServiceAction;
import cn.wulian.liancai.service.entity.ServiceStep;
import cn.wulian.liancai.shared.i18n.Messages;
import cn.wulian.liancai.talent.boundary.TalentEvent;
import cn.wulian.liancai.talent.boundary.TalentEvents;
import cn.wulian.liancai.talent.boundary.TalentLink;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The steps of the service requests filed for a talent, on the talent's timeline: received, given to a
 * department and officer, started, settled, rated, reopened, and the notes between — the whole-chain
 * service as the talent lived it, beside the office's calls.
 */
@ApplicationScoped
public class ServiceTalentEvents implements TalentEvents {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    public List<TalentEvent> of(long talentId, Locale locale) {
        boolean en = locale != null && "en".equals(locale.getLanguage());
        List<ServiceStep> steps = em.createQuery("select s from ServiceStep s join fetch s.request r join fetch r.kind"
                + " left join fetch s.department where r.talent.id = :id order by s.occurredAt, s.id", ServiceStep.class)
                .setParameter("id", talentId).getResultList();
        Map<String, String> names = names(steps);
        String kindWord = Messages.text(locale, "talent.links.kind.SERVICE_REQUEST");
        return steps.stream().map(s -> {
            var r = s.getRequest();
            StringBuilder what = new StringBuilder(Messages.text(locale, "service.action." + s.getAction().name()));
            if (s.getAction() == ServiceAction.ASSIGN) {
                if (s.getDepartment() != null) {
                    what.append(" · ").append(s.getDepartment().label(en));
                }
                if (s.getOfficer() != null) {
                    what.append(" · ").append(names.getOrDefault(s.getOfficer(), s.getOfficer()));
                }
            }
            if (s.getSatisfaction() != null) {
                what.append(" · ").append(Messages.text(locale, "service.satisfaction")).append(' ').append(s.getSatisfaction()).append("/5");
            }
            return new TalentEvent(LocalDateTime.ofInstant(s.getOccurredAt(), clock.getZone()), TalentLink.Kind.SERVICE_REQUEST,
                    kindWord + " #" + r.getId() + " · " + r.getKind().label(en), what.toString(), s.getNote(),
                    s.getBy() == null ? null : names.getOrDefault(s.getBy(), s.getBy()), "/services/view.xhtml?id=" + r.getId());
        }).toList();
    }

    /** the display names of the accounts the steps name, read at once */
    private Map<String, String> names(List<ServiceStep> steps) {
        List<String> users = steps.stream().flatMap(s -> java.util.stream.Stream.of(s.getBy(), s.getOfficer()))
                .filter(Objects::nonNull).distinct().toList();
        Map<String, String> names = new HashMap<>();
        if (!users.isEmpty()) {
            for (Object[] row : em.createQuery("select a.username, a.displayName from Account a where a.username in :users", Object[].class)
                    .setParameter("users", users).getResultList()) {
                if (row[1] != null) {
                    names.put((String) row[0], (String) row[1]);
                }
            }
        }
        return names;
    }
}
