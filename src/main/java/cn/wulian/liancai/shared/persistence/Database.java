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
        properties = {"createDatabase=create",
                // Derby shuts the database down after a failure to write its log or a page (a full disk),
                // which leaves every pooled connection dead; checked before use, the dead ones are
                // dropped and a new one boots the database again once there is space (DerbyDiskFullIT)
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=table",
                "fish.payara.validation-table-name=SYSIBM.SYSDUMMY1",
                "fish.payara.fail-all-connections=true"})
@ApplicationScoped
public class Database {
    public static final String JNDI = "java:app/jdbc/liancai";
}
