package cn.wulian.liancai.dashboard.boundary;

import cn.wulian.liancai.dashboard.control.Places;
import cn.wulian.liancai.dashboard.control.Provinces;
import cn.wulian.liancai.place.entity.Township;
import cn.wulian.liancai.shared.i18n.Messages;
import cn.wulian.liancai.shared.security.CurrentUser;
import cn.wulian.liancai.talent.entity.Degree;
import cn.wulian.liancai.talent.entity.Stage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The talent side of the office's overview, counted by the database on each request: talents by
 * stage and degree, contacts logged in each of the last twelve months, and the places — province and
 * city where talents are now, township and village they come from — ranked by count (there is no map
 * geometry the app may ship and use offline, so ranked charts stand for maps). Merged records are
 * redirects, not talents, and are not counted. Office staff only.
 */
@ApplicationScoped
@Transactional
public class TalentSide {

    /** the villages shown: the most frequent of a county's several hundred */
    static final int VILLAGES = 15;
    /** a link naming more spellings than this would be longer than a URL should be: the place is shown unlinked */
    static final int MAX_SPELLINGS = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    public TalentSideJson today(Locale locale) {
        user.requireStaff("the dashboard is the office's");
        boolean english = "en".equals(locale.getLanguage());
        String notRecorded = Messages.text(locale, "dashboard.notRecorded");
        long talents = em.createQuery("select count(t) from Talent t where t.mergedInto is null", Long.class).getSingleResult();

        Map<Object, Long> stages = counts("select t.stage, count(t) from Talent t where t.mergedInto is null group by t.stage");
        List<TalentSideJson.Count> byStage = new ArrayList<>();
        for (Stage s : Stage.values()) {
            byStage.add(new TalentSideJson.Count(s.name(), Messages.text(locale, "enum.Stage." + s.name()), stages.getOrDefault(s, 0L),
                    "stage=" + s.name()));
        }
        Map<Object, Long> degrees = counts("select t.degree, count(t) from Talent t where t.mergedInto is null group by t.degree");
        List<TalentSideJson.Count> byDegree = new ArrayList<>();
        for (Degree d : Degree.values()) {
            byDegree.add(new TalentSideJson.Count(d.name(), Messages.text(locale, "enum.Degree." + d.name()), degrees.getOrDefault(d, 0L),
                    "degree=" + d.name()));
        }
        if (degrees.getOrDefault(null, 0L) > 0) {
            byDegree.add(new TalentSideJson.Count("", notRecorded, degrees.get(null), null));
        }

        Map<String, Long> cities = new HashMap<>();
        counts("select t.city, count(t) from Talent t where t.mergedInto is null group by t.city")
                .forEach((city, n) -> cities.merge(city == null ? "" : (String) city, n, Long::sum));
        List<Places.Place> cityPlaces = Places.rank(cities);
        List<TalentSideJson.Place> byCity = places(cityPlaces, notRecorded, p -> "cities=" + spellings(p.spellings()));
        List<TalentSideJson.Place> byProvince = places(Places.group(cityPlaces, Provinces.of(english), Messages.text(locale, "dashboard.otherPlaces")),
                notRecorded, p -> "cities=" + spellings(p.spellings()));

        Map<String, Township> townships = new LinkedHashMap<>();
        em.createNamedQuery(Township.ALL, Township.class).getResultList().forEach(t -> townships.put(t.getCode(), t));
        List<TalentSideJson.Place> byTownship = new ArrayList<>();
        Map<Object, Long> perTownship = counts("select tw.code, count(t) from Talent t left join t.township tw where t.mergedInto is null group by tw.code");
        perTownship.entrySet().stream()
                .sorted(Map.Entry.<Object, Long>comparingByKey(java.util.Comparator.comparing(k -> k == null ? 1 : 0))
                        .thenComparing(Map.Entry.<Object, Long>comparingByValue().reversed()))
                .forEach(e -> {
                    Township t = e.getKey() == null ? null : townships.get((String) e.getKey());
                    byTownship.add(new TalentSideJson.Place(e.getKey() == null ? "" : (String) e.getKey(),
                            t == null ? notRecorded : t.label(english), e.getValue(), "township=" + (t == null ? "-" : t.getCode())));
                });

        Map<String, Map<String, Long>> villagesByTownship = new LinkedHashMap<>();
        for (Object[] row : em.createQuery("select tw.code, t.village, count(t) from Talent t join t.township tw"
                + " where t.mergedInto is null and t.village is not null group by tw.code, t.village", Object[].class).getResultList()) {
            villagesByTownship.computeIfAbsent((String) row[0], k -> new HashMap<>()).merge((String) row[1], ((Number) row[2]).longValue(), Long::sum);
        }
        List<TalentSideJson.Place> villages = new ArrayList<>();
        villagesByTownship.forEach((code, counts) -> {
            Township t = townships.get(code);
            for (Places.Place p : Places.rank(counts)) {
                if (!p.key().isEmpty()) {
                    villages.add(new TalentSideJson.Place(code + ":" + p.key(), (t == null ? code : t.label(english)) + " · " + p.key(), p.count(),
                            p.spellings().size() > MAX_SPELLINGS ? null : "township=" + code + "&villages=" + spellings(p.spellings())));
                }
            }
        });
        villages.sort(java.util.Comparator.comparingLong(TalentSideJson.Place::count).reversed().thenComparing(TalentSideJson.Place::label));

        return new TalentSideJson(LocalDate.now(clock), talents, byStage, byDegree, contactsPerMonth(), returneesPerYear(), byProvince, byCity, byTownship,
                villages.subList(0, Math.min(VILLAGES, villages.size())));
    }

    /** the years of returns the dashboard shows, this one included */
    static final int RETURN_YEARS = 10;

    /**
     * The talents who came home in each of the last {@value #RETURN_YEARS} years, oldest first, each
     * with the list's query for them; merged records are not counted, erased ones are (the return happened).
     */
    private List<TalentSideJson.Count> returneesPerYear() {
        int now = LocalDate.now(clock).getYear();
        int first = now - RETURN_YEARS + 1;
        Map<Integer, Long> years = new LinkedHashMap<>();
        for (int y = first; y <= now; y++) {
            years.put(y, 0L);
        }
        for (LocalDate on : em.createQuery("select t.returnedOn from Talent t where t.mergedInto is null and t.returnedOn >= :from",
                LocalDate.class).setParameter("from", LocalDate.of(first, 1, 1)).getResultList()) {
            years.computeIfPresent(on.getYear(), (y, n) -> n + 1);
        }
        List<TalentSideJson.Count> list = new ArrayList<>();
        years.forEach((y, n) -> list.add(new TalentSideJson.Count(String.valueOf(y), String.valueOf(y), n, "returned=" + y)));
        return list;
    }

    /** the contacts logged in each of the last twelve months, this one included, oldest first */
    private List<TalentSideJson.Month> contactsPerMonth() {
        YearMonth now = YearMonth.now(clock);
        YearMonth first = now.minusMonths(11);
        Map<YearMonth, Long> months = new LinkedHashMap<>();
        for (YearMonth m = first; !m.isAfter(now); m = m.plusMonths(1)) {
            months.put(m, 0L);
        }
        for (LocalDateTime at : em.createQuery("select i.occurredAt from Interaction i where i.occurredAt >= :from", LocalDateTime.class)
                .setParameter("from", first.atDay(1).atStartOfDay()).getResultList()) {
            months.computeIfPresent(YearMonth.from(at), (m, n) -> n + 1);
        }
        List<TalentSideJson.Month> list = new ArrayList<>();
        months.forEach((m, n) -> list.add(new TalentSideJson.Month(m.toString(), n)));
        return list;
    }

    private Map<Object, Long> counts(String jpql) {
        Map<Object, Long> counts = new HashMap<>();
        for (Object[] row : em.createQuery(jpql, Object[].class).getResultList()) {
            counts.merge(row[0], ((Number) row[1]).longValue(), Long::sum);
        }
        return counts;
    }

    private static List<TalentSideJson.Place> places(List<Places.Place> places, String notRecorded,
                                                     java.util.function.Function<Places.Place, String> link) {
        return places.stream().map(p -> new TalentSideJson.Place(p.key(), p.key().isEmpty() ? notRecorded : p.key(), p.count(),
                p.key().isEmpty() || p.spellings().isEmpty() || p.spellings().size() > MAX_SPELLINGS ? null : link.apply(p))).toList();
    }

    /** the spellings as one parameter value, "青岛|青島", encoded for a URL */
    private static String spellings(Set<String> spellings) {
        return URLEncoder.encode(String.join("|", spellings), StandardCharsets.UTF_8);
    }
}
