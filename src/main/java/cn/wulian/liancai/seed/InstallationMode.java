package cn.wulian.liancai.seed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * Whether this database holds demo data, as recorded in it when it was created ({@link
 * Installation}). The setting {@code liancai.demo} counts only then: a database created without demo
 * data never receives demo accounts or records, whatever later settings say, so one start with the
 * wrong setting cannot put the published demo passwords into a real registry. Pages read it as
 * {@code #{installation.demo}} to mark every page of a demo.
 */
@Named("installation")
@ApplicationScoped
public class InstallationMode {

    private static final Logger LOG = Logger.getLogger(InstallationMode.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    private volatile boolean demo;

    public boolean isDemo() {
        return demo;
    }

    /**
     * Reads what the database is, recording it first if it is new.
     *
     * @param demoSetting {@code liancai.demo}: heard only for a database that has no record yet
     */
    @Transactional
    public boolean settle(boolean demoSetting) {
        Installation installation = em.find(Installation.class, Installation.ID);
        if (installation == null) {
            boolean demoData = hasDemoData();
            boolean created = !demoData && em.createQuery("select count(a) from Account a", Long.class).getSingleResult() == 0;
            installation = new Installation(created ? demoSetting : demoData, clock.instant());
            em.persist(installation);
            LOG.info(installation.isDemo() ? "installation: this database holds demo data" : "installation: this database holds no demo data");
        } else if (demoSetting && !installation.isDemo()) {
            LOG.warning("installation: liancai.demo=true is ignored: this database was created without demo data and never receives any");
        }
        demo = installation.isDemo();
        return demo;
    }

    /** a database from before the record: a demo when it was given the demo population */
    private boolean hasDemoData() {
        return em.createQuery("select count(s) from SeedRun s where s.name like 'demo/%'", Long.class).getSingleResult() > 0;
    }
}
