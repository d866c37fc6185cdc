package cn.wulian.liancai.shared.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's database, chosen by configuration: {@code liancai.db.url}, {@code liancai.db.user}
 * and {@code liancai.db.password} (config/liancai.properties, or LIANCAI_DB_URL… in the environment),
 * which {@link ConfiguredDataSource} reads when the pool opens its first connection. The default is
 * embedded Derby in the data folder: the launcher sets {@code derby.system.home} to it, so the
 * relative name {@code db} of the default URL resolves to {@code <data>/db}. A
 * {@code jdbc:postgresql:} URL selects PostgreSQL.
 */
@DataSourceDefinition(
        name = Database.JNDI,
        className = "cn.wulian.liancai.shared.persistence.ConfiguredDataSource",
        minPoolSize = 1,
        maxPoolSize = 32,
        properties = {
                // Derby shuts the database down after a failure to write its log or a page (a full disk),
                // which leaves every pooled connection dead; checked before use (Connection.isValid, which
                // both Derby and PostgreSQL answer without a table of their own), the dead ones are dropped
                // and a new one boots the database again once there is space (DiskFullIT); a
                // PostgreSQL server that restarted is handled the same way
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
                "fish.payara.fail-all-connections=true"})
@ApplicationScoped
public class Database {
    public static final String JNDI = "java:app/jdbc/liancai";
}
