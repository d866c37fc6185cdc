package cn.wulian.liancai.shared.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Brings the schema up to date with {@code db/changelog} before anything else touches the database.
 * Users' data survives: change sets only ever add to what shipped.
 */
@ApplicationScoped
public class Migrations {

    public static final String CHANGELOG = "db/changelog/db.changelog-master.xml";

    @Resource(lookup = cn.wulian.liancai.shared.persistence.Database.JNDI)
    DataSource dataSource;

    public void migrate() {
        try (Connection connection = dataSource.getConnection()) {
            migrate(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("database not reachable for migration", e);
        }
    }

    /** also used by the JPA mapping tests on a plain JDBC connection */
    @SuppressWarnings("deprecation")
    public static void migrate(Connection connection) {
        try {
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Liquibase liquibase = new Liquibase(CHANGELOG, new ClassLoaderResourceAccessor(Migrations.class.getClassLoader()), database);
            liquibase.update("");
            if (!connection.getAutoCommit()) {
                // Derby refuses to close a connection with an open transaction
                connection.commit();
            }
        } catch (LiquibaseException | SQLException e) {
            throw new IllegalStateException("database migration failed", e);
        }
    }
}
