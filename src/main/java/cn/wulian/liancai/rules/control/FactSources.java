package cn.wulian.liancai.rules.control;

import cn.wulian.liancai.place.entity.Township;
import cn.wulian.liancai.platform.entity.Platform;
import cn.wulian.liancai.project.entity.Project;
import cn.wulian.liancai.project.entity.ProjectStage;
import cn.wulian.liancai.rules.entity.Fact;
import cn.wulian.liancai.rules.entity.FactCatalog;
import cn.wulian.liancai.rules.entity.SubjectKind;
import cn.wulian.liancai.shared.i18n.Messages;
import cn.wulian.liancai.talent.entity.Degree;
import cn.wulian.liancai.talent.entity.Stage;
import cn.wulian.liancai.talent.entity.Talent;
import cn.wulian.liancai.team.entity.Team;
import cn.wulian.liancai.team.entity.TeamStatus;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What rules may ask about talents, teams and projects, and the answers read from the records.
 * Platforms and townships are the ones in the database (reference data), so a rule may name
 * {@code "fatong"} or {@code "371121001"} and read back 法桐小院 or 洪凝街道.
 */
public final class FactSources {

    /** the statistics bureau's division code of Wulian county: the 3rd to 8th characters of a credit code registered there */
    static final String WULIAN = "371121";

    private final EntityManager em;
    private List<Platform> platforms;
    private List<Township> townships;

    /** reads the platforms and townships once, when first needed */
    public FactSources(EntityManager em) {
        this.em = em;
    }

    public FactCatalog catalog(SubjectKind kind) {
        return source(kind).catalog();
    }

    /** the facts of one talent, team or project, or {@code null} when there is no such record */
    public Map<String, Object> facts(SubjectKind kind, long id, Clock clock) {
        return switch (kind) {
            case TALENT -> withAwards(facts(talents(townships()), em.find(Talent.class, id), clock), id, clock);
            case TEAM -> facts(teams(platforms()), em.find(Team.class, id), clock);
            case PROJECT -> facts(projects(platforms(), townships()), em.find(Project.class, id), clock);
        };
    }

    /** a talent's years since they last won the award (published or final), absent if they never did */
    private Map<String, Object> withAwards(Map<String, Object> facts, long id, Clock clock) {
        if (facts != null) {
            Integer lastWin = em.createNamedQuery("Nomination.lastWin", Integer.class).setParameter("talent", id).getSingleResult();
            facts.put("yearsSinceAward", lastWin == null ? null : LocalDate.now(clock).getYear() - lastWin);
        }
        return facts;
    }

    private static <T> Map<String, Object> facts(FactSource<T> source, T subject, Clock clock) {
        return subject == null ? null : source.facts(subject, clock);
    }

    private FactSource<?> source(SubjectKind kind) {
        return of(kind, platforms(), townships());
    }

    private List<Platform> platforms() {
        if (platforms == null) {
            platforms = em.createNamedQuery(Platform.ALL, Platform.class).getResultList();
        }
        return platforms;
    }

    private List<Township> townships() {
        if (townships == null) {
            townships = em.createNamedQuery(Township.ALL, Township.class).getResultList();
        }
        return townships;
    }

    // ---- the catalogs, without a database

    public static FactSource<?> of(SubjectKind kind, List<Platform> platforms, List<Township> townships) {
        return switch (kind) {
            case TALENT -> talents(townships);
            case TEAM -> teams(platforms);
            case PROJECT -> projects(platforms, townships);
        };
    }

    public static FactSource<Talent> talents(List<Township> townships) {
        return FactSource.<Talent>of(SubjectKind.TALENT)
                .add(Fact.rank("degree", names(Degree.class), bundle("enum.Degree.")), (t, c) -> name(t.getDegree()))
                .add(Fact.flag("hometownInWulian"), (t, c) -> t.getTownship() != null)
                .add(township("township", townships), (t, c) -> t.getTownship() == null ? null : t.getTownship().getCode())
                .add(Fact.choice("stage", names(Stage.class), bundle("enum.Stage.")), (t, c) -> name(t.getStage()))
                .add(Fact.number("age", "rule.unit.age"), (t, c) -> t.getBirthYear() == null ? null : LocalDate.now(c).getYear() - t.getBirthYear())
                .add(Fact.year("birthYear"), (t, c) -> t.getBirthYear())
                .add(Fact.year("graduationYear"), (t, c) -> t.getGraduationYear())
                .add(Fact.date("registeredOn"), (t, c) -> day(t.getCreatedAt(), c.getZone()))
                // read from the award's records by facts(…), which fills it in; the talent record alone does not know
                .add(Fact.number("yearsSinceAward", "rule.unit.years"), (t, c) -> null)
                .build();
    }

    public static FactSource<Team> teams(List<Platform> platforms) {
        return FactSource.<Team>of(SubjectKind.TEAM)
                .add(Fact.choice("status", names(TeamStatus.class), bundle("enum.TeamStatus.")), (t, c) -> name(t.getStatus()))
                .add(platform(platforms), (t, c) -> t.getPlatform().getCode())
                .add(Fact.choice("field", null, null), (t, c) -> t.getField())
                .add(Fact.number("headcount", "rule.unit.people"), (t, c) -> t.getHeadcount())
                .add(Fact.date("foundedOn"), (t, c) -> t.getFoundedOn())
                .add(Fact.date("registeredOn"), (t, c) -> day(t.getCreatedAt(), c.getZone()))
                .add(Fact.date("incubationStart"), (t, c) -> t.getIncubationStart())
                .add(Fact.number("financingTotal", "rule.unit.yuan"), (t, c) -> t.financingTotal())
                .add(Fact.number("ipCount", "rule.unit.items"), (t, c) -> t.getIp().size())
                .add(Fact.flag("companyInWulian"), (t, c) -> t.getCreditCode() == null ? null : t.getCreditCode().startsWith(WULIAN, 2))
                .add(Fact.rank("leaderDegree", names(Degree.class), bundle("enum.Degree.")),
                        (t, c) -> t.getLeader() == null ? null : name(t.getLeader().getDegree()))
                .add(Fact.flag("leaderHometownInWulian"), (t, c) -> t.getLeader() == null ? null : t.getLeader().getTownship() != null)
                .build();
    }

    public static FactSource<Project> projects(List<Platform> platforms, List<Township> townships) {
        return FactSource.<Project>of(SubjectKind.PROJECT)
                .add(Fact.rank("stage", names(ProjectStage.class), bundle("enum.ProjectStage.")), (p, c) -> name(p.getStage()))
                .add(Fact.number("plannedInvestment", "rule.unit.yuan"), (p, c) -> p.getPlannedInvestment())
                .add(Fact.number("actualInvestment", "rule.unit.yuan"), (p, c) -> p.getActualInvestment())
                .add(platform(platforms), (p, c) -> p.getPlatform() == null ? null : p.getPlatform().getCode())
                .add(Fact.choice("industry", null, null), (p, c) -> p.getIndustry())
                .add(township("township", townships), (p, c) -> p.getTownship() == null ? null : p.getTownship().getCode())
                .add(Fact.date("openedOn"), (p, c) -> p.getOpenedOn())
                .build();
    }

    private static Fact platform(List<Platform> platforms) {
        Map<String, Platform> byCode = platforms.stream().collect(Collectors.toMap(Platform::getCode, p -> p));
        return Fact.choice("platform", platforms.stream().map(Platform::getCode).toList(),
                (code, locale) -> byCode.containsKey(code) ? byCode.get(code).label(english(locale)) : code);
    }

    private static Fact township(String name, List<Township> townships) {
        Map<String, Township> byCode = townships.stream().collect(Collectors.toMap(Township::getCode, t -> t));
        return Fact.choice(name, townships.stream().map(Township::getCode).toList(),
                (code, locale) -> byCode.containsKey(code) ? byCode.get(code).label(english(locale)) : code);
    }

    private static Fact.Labels bundle(String prefix) {
        return (code, locale) -> Messages.text(locale, prefix + code);
    }

    private static boolean english(Locale locale) {
        return Messages.supported(locale).equals(Locale.ENGLISH);
    }

    private static <E extends Enum<E>> List<String> names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static LocalDate day(Instant instant, ZoneId zone) {
        return instant == null ? null : LocalDate.ofInstant(instant, zone);
    }
}
