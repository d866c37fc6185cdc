package cn.wulian.liancai.shared.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's database. Embedded Derby in the data folder: the launcher sets
 * {@code derby.system.home} to it, so the relative name {@code db} resolves to {@code <data>/db}.
 * Nothing else in the code is Derby-specific; a server database needs only another definition here.
 */
@DataSourceDefinition(
        name = Database.JNDI,
        className = "org.apache.derby.jdbc.EmbeddedDataSource",
        databaseName = "db",
        minPoolSize = 1,
        maxPoolSize = 32,
        properties = {"createDatabase=create"})
@ApplicationScoped
public class Database {
    public static final String JNDI = "java:app/jdbc/liancai";
}
