package cn.wulian.liancai.shared.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import liquibase.Scope;
import liquibase.ui.LoggerUIService;

/**
 * A fresh embedded Derby database in a folder, brought up to date by the real Liquibase changelog,
 * with the application's persistence unit on top of it as RESOURCE_LOCAL (no container, no JTA).
 * Close it to shut that database down; the Derby engine itself stays up for the next test class.
 */
public final class TestDatabase implements AutoCloseable {

    /** held so that the level set below is not lost when the logger is garbage-collected */
    private static final Logger LIQUIBASE = Logger.getLogger("liquibase");

    static {
        // keep derby.log out of the working directory, and Liquibase's progress out of the test output
        if (System.getProperty("derby.stream.error.file") == null) {
            System.setProperty("derby.stream.error.file", Path.of("target", "derby.log").toAbsolutePath().toString());
        }
        LIQUIBASE.setLevel(Level.WARNING);
    }

    /** tables in delete order: children before parents */
    private static final List<String> TABLES = List.of(
            "audit_entry", "audit_key", "nomination_attachment", "review_revision", "review_assignment", "nomination", "award_cycle", "award_category",
            "ranking_publication", "disbursement", "application_transition", "support_application", "policy_budget", "policy", "project_update", "project_milestone", "project_transition", "project",
            "team_transition", "team_member", "team_ip", "team_financing", "team",
            "talent_merge_move", "talent_merge", "talent_distinct_pair", "talent_relation", "interaction", "talent", "import_issue", "import_template", "import_batch", "account", "platform", "township", "seed_applied", "change_log", "cluster_job", "login_failure");

    private final String url;
    private final EntityManagerFactory emf;

    private TestDatabase(String url, EntityManagerFactory emf) {
        this.url = url;
        this.emf = emf;
    }

    /** creates the database in {@code dir/db}, migrates it and opens the persistence unit "liancai" */
    public static TestDatabase create(Path dir) {
        String url = "jdbc:derby:" + dir.resolve("db").toAbsolutePath();
        try (Connection c = DriverManager.getConnection(url + ";create=true")) {
            migrate(c);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the test database in " + dir, e);
        }
        EntityManagerFactory emf = Persistence.createEntityManagerFactory("liancai", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.jdbc.url", url,
                "jakarta.persistence.jdbc.driver", "org.apache.derby.iapi.jdbc.AutoloadedDriver"));
        return new TestDatabase(url, emf);
    }

    /**
     * {@link Migrations#migrate(Connection)}, with Liquibase's console messages (update summary,
     * "database is up to date") sent to its logger instead of standard output
     */
    public static void migrate(Connection connection) {
        try {
            Scope.child(Map.of(Scope.Attr.ui.name(), new LoggerUIService(), "liquibase.command.showSummaryOutput", "LOG"),
                    () -> Migrations.migrate(connection));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public EntityManagerFactory emf() {
        return emf;
    }

    /** a plain JDBC connection (auto-commit) to look at the tables as SQL sees them */
    public Connection connection() throws SQLException {
        return DriverManager.getConnection(url);
    }

    /** runs {@code work} in its own entity manager and transaction, committing at the end */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(em);
            tx.commit();
            return result;
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    /** persists and flushes, so that the identity column has given the entity its id */
    public static <T> T persist(EntityManager em, T entity) {
        em.persist(entity);
        em.flush();
        return entity;
    }

    public void run(Consumer<EntityManager> work) {
        inTransaction(em -> {
            work.accept(em);
            return null;
        });
    }

    /** reads in a fresh entity manager, so that nothing comes from an earlier persistence context */
    public <T> T read(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            return work.apply(em);
        } finally {
            em.close();
        }
    }

    /** removes every row the application owns (not Liquibase's own tables) */
    public void clear() {
        try (Connection c = connection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE talent SET referrer_id = NULL, merged_into_id = NULL");
            s.executeUpdate("UPDATE account SET talent_id = NULL");
            for (String table : TABLES) {
                s.executeUpdate("DELETE FROM " + table);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** the rows of a query as lists of column values, for checks in plain SQL */
    public List<List<Object>> query(String sql, Object... params) {
        try (Connection c = connection(); var ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<List<Object>> rows = new ArrayList<>();
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int i = 1; i <= columns; i++) {
                        row.add(rs.getObject(i));
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public int update(String sql, Object... params) {
        try (Connection c = connection(); var ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    @Override
    public void close() {
        try {
            emf.close();
        } finally {
            try {
                DriverManager.getConnection(url + ";shutdown=true").close();
                throw new IllegalStateException("Derby did not confirm the shutdown of " + url);
            } catch (SQLException expected) {
                if (!"08006".equals(expected.getSQLState())) {
                    throw new IllegalStateException("shutting down " + url, expected);
                }
            }
        }
    }
}
