package cn.wulian.liancai.talent.boundary;

import cn.wulian.liancai.search.boundary.SearchIndex;
import cn.wulian.liancai.shared.Neighbours;
import cn.wulian.liancai.shared.NotFound;
import cn.wulian.liancai.shared.PageRequest;
import cn.wulian.liancai.shared.security.CurrentUser;
import cn.wulian.liancai.talent.control.TalentListing;
import cn.wulian.liancai.talent.control.TalentQuery;
import cn.wulian.liancai.search.control.ListPosition;
import cn.wulian.liancai.talent.entity.Talent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What a talent's file (一人一档) shows beyond the talent's own record: the records of other features
 * that name the person, the timeline of contacts and their steps, and the talent's place in the list the profile was opened from. Read by
 * office staff and platform managers, as the registry is.
 */
@ApplicationScoped
@Transactional
public class TalentProfiles {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    @Any
    Instance<TalentLinks> links;

    @Inject
    SearchIndex search;

    @Inject
    @Any
    Instance<TalentEvents> events;

    @Inject
    Talents talents;

    static final int SEARCH_WALK = 1000;

    /** every feature's records naming the talent, as far as the caller may open them, grouped by kind */
    public List<TalentLink> links(long talentId, Locale locale) {
        requireTalent(talentId);
        List<TalentLink> all = new ArrayList<>();
        links.forEach(l -> all.addAll(l.of(talentId, locale)));
        // stable: each feature's newest-first order stays within its kind
        all.sort(Comparator.comparing(TalentLink::kind));
        return all;
    }

    /**
     * The talent's timeline, newest first: the contacts the office logged and the steps of the other
     * records that name the talent (service requests …), as the features that own them say them. Staff only.
     */
    public List<TimelineEntry> timeline(long talentId, Locale locale) {
        List<TimelineEntry> all = new ArrayList<>();
        talents.interactions(talentId).forEach(c -> all.add(TimelineEntry.of(c)));
        events.forEach(e -> e.of(talentId, locale).forEach(ev -> all.add(TimelineEntry.of(ev))));
        // a contact and a step at the same minute: the contact first, as the office usually logs the call that led to the step
        all.sort(Comparator.comparing(TimelineEntry::at).reversed().thenComparing(e -> e.contact() == null));
        return all;
    }

    /**
     * The talent's place in the list as filtered and sorted by {@code list}, computed by the list's
     * own query: the registry is not divided by platform, so a manager walks the same list as the office.
     */
    public Neighbours neighbours(long talentId, PageRequest list) {
        requireTalent(talentId);
        if (!TalentListing.servedByIndex(list) || search.behind()) {
            return Neighbours.of(new TalentQuery(em).ids(list), talentId);
        }
        ListPosition at = search.positionAsCaller(TalentListing.of(list), talentId);
        return new Neighbours(at.position(), at.total(), at.previous(), at.next());
    }

    /**
     * The talent's place among the talents the search {@code q} finds for the caller, in the results'
     * order (the first {@value #SEARCH_WALK} of them: the results page offers no more).
     */
    public Neighbours neighboursInSearch(long talentId, String q) {
        requireTalent(talentId);
        return Neighbours.of(search.idsAsCaller(q, "talent", SEARCH_WALK), talentId);
    }

    private void requireTalent(long id) {
        user.requireStaffOrManager("the talent registry is for office staff and platform managers");
        if (em.find(Talent.class, id) == null) {
            throw new NotFound("talent", id);
        }
    }
}
