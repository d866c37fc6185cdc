package cn.wulian.liancai.platform.boundary;

import cn.wulian.liancai.platform.control.PlatformDocuments;
import cn.wulian.liancai.platform.entity.Platform;
import cn.wulian.liancai.platform.entity.PlatformDetails;
import cn.wulian.liancai.platform.entity.PlatformKind;
import cn.wulian.liancai.search.boundary.IndexChange;
import cn.wulian.liancai.search.boundary.IndexSource;
import cn.wulian.liancai.search.control.IndexedDocument;
import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.NameKeys;
import cn.wulian.liancai.shared.InputChecks;
import cn.wulian.liancai.shared.NotFound;
import cn.wulian.liancai.shared.persistence.Versions;
import cn.wulian.liancai.shared.reference.RecordKind;
import cn.wulian.liancai.shared.reference.Referred;
import cn.wulian.liancai.shared.reference.References;
import cn.wulian.liancai.shared.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The platforms and their key figures, counted by the features they house (see
 * {@link PlatformFigureSource}). Every role may read them; office staff and administrators create,
 * edit and delete them.
 */
@ApplicationScoped
@Transactional
public class Platforms implements IndexSource {

    @PersistenceContext
    EntityManager em;

    @Inject
    Instance<PlatformFigureSource> figureSources;

    @Inject
    CurrentUser user;

    @Inject
    References references;

    @Inject
    Event<IndexChange> indexChanges;

    @Inject
    Clock clock;

    public List<PlatformJson> all() {
        requireReader();
        Map<Long, PlatformFigures> figures = figures();
        return em.createNamedQuery(Platform.ALL, Platform.class).getResultList().stream().map(p -> json(p, figures)).toList();
    }

    public PlatformJson find(String code) {
        requireReader();
        return json(platform(code), figures());
    }

    /** the platform with the given database id: search hits name platforms by id */
    public PlatformJson find(long id) {
        requireReader();
        Platform p = em.find(Platform.class, id);
        if (p == null) {
            throw new NotFound("platform", id);
        }
        return json(p, figures());
    }

    /** refuses anyone but office staff and administrators: the edit page asks before it shows a form */
    public void requireEditor() {
        user.requireStaff("platforms are the office's to create and edit");
    }

    /**
     * Adds a platform at the end of the programme's list. Every bad field is named at once: the
     * platform's own rules, a code or a name another platform has, a kind that is not one.
     */
    public PlatformJson create(PlatformInput input) {
        requireEditor();
        String code = input.code() == null ? null : input.code().strip().toLowerCase(Locale.ROOT);
        Map<String, String> errors = new LinkedHashMap<>();
        if (code != null && !byCode(code).isEmpty()) {
            errors.put("code", "validation.platform.codeTaken");
        }
        PlatformDetails details = details(input, null, errors);
        Platform platform = InputChecks.collect(errors, () -> new Platform(code, details, clock));
        if (!errors.isEmpty()) {
            throw new DomainViolation(errors);
        }
        platform.placeAt(em.createQuery("select coalesce(max(p.displayOrder), 0) from Platform p", Integer.class).getSingleResult() + 1);
        em.persist(platform);
        saved(platform);
        return json(platform, figures());
    }

    /**
     * New details for a platform, made on the version the caller read ({@code version}, 409 when
     * someone saved in between). The code stays; the teams and projects whose search documents show
     * the name follow a rename.
     */
    public PlatformJson revise(String code, PlatformInput input) {
        requireEditor();
        Platform platform = platform(code);
        Versions.check(platform.getVersion(), input.version(), "platform", code);
        Map<String, String> errors = new LinkedHashMap<>();
        PlatformDetails details = details(input, platform, errors);
        Platform.problems(details, clock).forEach(errors::putIfAbsent);
        if (!errors.isEmpty()) {
            throw new DomainViolation(errors); // before any field changed
        }
        platform.revise(details, clock);
        saved(platform);
        return json(platform, figures());
    }

    /** the details as typed, a kind that is not one and a name already another platform's put into {@code errors} */
    private PlatformDetails details(PlatformInput in, Platform self, Map<String, String> errors) {
        PlatformKind kind = PlatformKind.of(in.kind());
        if (kind == null && in.kind() != null && !in.kind().isBlank()) {
            errors.put("kind", "validation.choice");
        }
        // 崑山智谷 is 昆山智谷 typed in traditional characters: the same platform, as a person's or a team's name is
        String key = in.name() == null || in.name().isBlank() ? null : NameKeys.of(in.name().strip());
        if (key != null && em.createNamedQuery(Platform.ALL, Platform.class).getResultStream()
                .anyMatch(other -> other != self && key.equals(NameKeys.of(other.getName())))) {
            errors.put("name", "validation.platform.nameTaken");
        }
        return new PlatformDetails(in.name(), in.nameEn(), kind, in.address(), in.openedOn(), in.areaM2(), in.workstations(),
                in.operator(), in.description());
    }

    /**
     * Writes the change now, so that a platform given the same code or name by someone else at the
     * same moment is answered as the check before would have answered (the unique keys decide), and
     * indexes it.
     */
    private void saved(Platform platform) {
        try {
            Versions.flush(em, "platform", platform.getCode());
        } catch (PersistenceException sameCodeOrNameAtTheSameMoment) {
            String refused = String.valueOf(sameCodeOrNameAtTheSameMoment.getMessage()).toLowerCase(Locale.ROOT);
            if (refused.contains("uk_platform_code")) {
                throw DomainViolation.of("code", "validation.platform.codeTaken");
            }
            if (refused.contains("uk_platform_name")) {
                throw DomainViolation.of("name", "validation.platform.nameTaken");
            }
            throw sameCodeOrNameAtTheSameMoment;
        }
        indexChanges.fire(IndexChange.upsert(PlatformDocuments.of(platform)));
    }

    private Platform platform(String code) {
        return byCode(code).stream().findFirst().orElseThrow(() -> new NotFound("platform", code));
    }

    private List<Platform> byCode(String code) {
        return em.createNamedQuery(Platform.BY_CODE, Platform.class).setParameter("code", code).getResultList();
    }

    /**
     * Deletes a platform that nothing houses or names any more: refused while teams, projects,
     * applications, nominations, accounts or a policy's rule refer to it. Office staff and
     * administrators only. It stays deleted: {@code platforms.csv} is loaded once, on the first start.
     */
    public void remove(String code) {
        user.requireStaff("platforms are the office's to delete");
        Platform platform = platform(code);
        references.requireUnused(new Referred(RecordKind.PLATFORM, platform.getId(), platform.getCode()));
        em.remove(platform);
        indexChanges.fire(IndexChange.delete(PlatformDocuments.TYPE, platform.getId()));
    }

    // ---- search

    @Override
    public String type() {
        return PlatformDocuments.TYPE;
    }

    @Override
    public Map<Long, String> stamps() {
        return IndexSource.stampsOf(em.createQuery("select p.id, p.version from Platform p", Object[].class).getResultList());
    }

    @Override
    public List<IndexedDocument> documents() {
        return em.createNamedQuery(Platform.ALL, Platform.class).getResultList().stream().map(PlatformDocuments::of).toList();
    }

    @Override
    public List<IndexedDocument> documents(Collection<Long> ids) {
        return IndexSource.documentsByIds(em, "select p from Platform p where p.id in :ids", Platform.class, ids, PlatformDocuments::of);
    }

    /** every platform's figures, each housed feature counted once for all of them */
    private Map<Long, PlatformFigures> figures() {
        Map<Long, PlatformFigures> figures = new HashMap<>();
        for (PlatformFigureSource source : figureSources) {
            source.addTo(figures);
        }
        return figures;
    }

    private PlatformJson json(Platform p, Map<Long, PlatformFigures> all) {
        PlatformFigures f = all.getOrDefault(p.getId(), new PlatformFigures());
        return new PlatformJson(p.getId(), p.getCode(), p.getName(), p.getNameEn(), p.getKind() == null ? null : p.getKind().name(), p.getAddress(), p.getOpenedOn(),
                p.getAreaM2(), p.getWorkstations(), p.getOperator(), p.getDescription(),
                f.incubating, f.graduated, f.exited, f.inPipeline, f.peopleEmployed, f.ipItems, f.financingRaised,
                f.occupancyPercent(p.getWorkstations()), f.projects, f.projectsLanded, f.investmentLanded, p.getVersion());
    }

    /** the incubators and their figures are for the office and the managers; a reviewer's work is their assigned nominations */
    private void requireReader() {
        user.requireStaffOrManager("platforms are for office staff and platform managers");
    }
}
