package cn.wulian.liancai.seed;

import cn.wulian.liancai.talent.control.TalentKeysAtStart;
import cn.wulian.liancai.search.boundary.SearchIndex;
import cn.wulian.liancai.shared.cluster.ChangeFollower;
import cn.wulian.liancai.shared.imports.boundary.ImportRunner;
import cn.wulian.liancai.shared.persistence.Migrations;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What happens, in order, before the app serves its first request: migrate the schema, load seed
 * (and, when on, demo) data, bring the search index in step with the database.
 */
@jakarta.ejb.Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class Startup {

    private static final Logger LOG = Logger.getLogger(Startup.class.getName());

    @Inject
    Migrations migrations;

    @Inject
    TalentKeysAtStart talentKeys;

    @Inject
    SeedLoader seeds;

    @Inject
    SearchIndex search;

    @Inject
    ChangeFollower changes;

    @Inject
    ImportRunner imports;

    @Inject
    InstallationMode installation;

    /** heard only when the database is created: see {@link InstallationMode} */
    @Inject
    @ConfigProperty(name = "liancai.demo", defaultValue = "false")
    boolean demoSetting;

    @Inject
    @ConfigProperty(name = "liancai.admin.initial-password")
    Optional<String> adminInitialPassword;

    @PostConstruct
    void start() {
        long t0 = System.nanoTime();
        migrations.migrate();
        talentKeys.fillMissing();
        boolean demo = installation.settle(demoSetting);
        seeds.loadReferenceData();
        if (demo) {
            seeds.loadDemoAccounts();
            seeds.loadDemoTalents();
            seeds.loadDemoTeams();
            seeds.loadDemoProjects();
            seeds.loadDemoPolicies();
            seeds.loadDemoApplications();
            seeds.loadDemoServices();
            seeds.loadDemoAward();
        } else {
            seeds.ensureAdministrator(adminInitialPassword.filter(p -> !p.isBlank()));
        }
        // before the comparison: what commits while it runs, on this instance or another, is heard after it
        changes.start();
        search.synchronize();
        imports.endInterrupted();
        LOG.info(() -> "Liancai ready: schema, seed data and search index in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
    }
}
