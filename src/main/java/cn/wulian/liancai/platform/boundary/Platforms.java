package cn.wulian.liancai.platform.boundary;

import cn.wulian.liancai.platform.control.PlatformDocuments;
import cn.wulian.liancai.platform.entity.Platform;
import cn.wulian.liancai.search.boundary.IndexChange;
import cn.wulian.liancai.search.boundary.IndexSource;
import cn.wulian.liancai.search.control.IndexedDocument;
import cn.wulian.liancai.shared.NotFound;
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
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The platforms and their key figures, counted by the features they house (see {@link PlatformFigureSource}). Every role may read them. */
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

    public List<PlatformJson> all() {
        requireReader();
        Map<Long, PlatformFigures> figures = figures();
        return em.createNamedQuery(Platform.ALL, Platform.class).getResultList().stream().map(p -> json(p, figures)).toList();
    }

    public PlatformJson find(String code) {
        requireReader();
        return em.createNamedQuery(Platform.BY_CODE, Platform.class).setParameter("code", code)
                .getResultStream().findFirst().map(p -> json(p, figures()))
                .orElseThrow(() -> new NotFound("platform", code));
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

    /**
     * Deletes a platform that nothing houses or names any more: refused while teams, projects,
     * applications, nominations, accounts or a policy's rule refer to it. Office staff and
     * administrators only. It stays deleted: {@code platforms.csv} is loaded once, on the first start.
     */
    public void remove(String code) {
        user.requireStaff("platforms are the office's to delete");
        Platform platform = em.createNamedQuery(Platform.BY_CODE, Platform.class).setParameter("code", code)
                .getResultStream().findFirst().orElseThrow(() -> new NotFound("platform", code));
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
        return new PlatformJson(p.getCode(), p.getName(), p.getNameEn(), p.getKind(), p.getAddress(), p.getOpenedOn(),
                p.getAreaM2(), p.getWorkstations(), p.getOperator(), p.getDescription(),
                f.incubating, f.graduated, f.exited, f.inPipeline, f.peopleEmployed, f.ipItems, f.financingRaised,
                f.occupancyPercent(p.getWorkstations()), f.projects, f.projectsLanded, f.investmentLanded);
    }

    /** the incubators and their figures are for the office and the managers; a reviewer's work is their assigned nominations */
    private void requireReader() {
        user.requireStaffOrManager("platforms are for office staff and platform managers");
    }
}
