package cn.wulian.liancai.shared.persistence;

import cn.wulian.liancai.shared.config.ConfigDirectorySource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The data source class of {@link Database}: opens connections for a JDBC URL with the driver that
 * the URL names, so that one definition serves embedded Derby ({@code jdbc:derby:db;create=true}, the
 * default) and PostgreSQL ({@code jdbc:postgresql://host:5432/liancai}). Both drivers are in the WAR;
 * they are asked directly rather than through {@code DriverManager}, which does not see drivers inside
 * a web application. The URL, user and password are the settings {@code liancai.db.*}, read here
 * ({@link ConfigDirectorySource#early}) because Payara creates the pool before the app's
 * configuration is visible; values set on the bean (a pool's properties) win. Payara pools the
 * connections; this class keeps none itself.
 */
public class ConfiguredDataSource implements DataSource {

    private static final Logger LOG = Logger.getLogger(ConfiguredDataSource.class.getName());

    private String url;
    private String user;
    private String password;
    private int loginTimeout;
    private PrintWriter logWriter;
    private volatile boolean announced;

    public void setUrl(String url) {
        this.url = url;
    }

    public String getUrl() {
        return url;
    }

    public void setURL(String url) {
        setUrl(url);
    }

    public String getURL() {
        return url;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getUser() {
        return user;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(user, password);
    }

    @Override
    public Connection getConnection(String username, String secret) throws SQLException {
        String target = firstOf(url, "liancai.db.url");
        if (target == null) {
            throw new SQLException("no database URL: set liancai.db.url (or leave it unset for embedded Derby)");
        }
        String name = username != null && !username.isBlank() ? username : firstOf(user, "liancai.db.user");
        Properties info = new Properties();
        if (name != null) {
            info.setProperty("user", name);
            String pass = secret != null && !secret.isEmpty() ? secret : firstOf(password, "liancai.db.password");
            info.setProperty("password", pass == null ? "" : pass);
        }
        if (loginTimeout > 0 && target.startsWith("jdbc:postgresql:")) {
            info.setProperty("loginTimeout", String.valueOf(loginTimeout));
        }
        if (!announced) {
            announced = true;
            LOG.info(() -> "database: " + target + (name == null ? "" : " as " + name));
        }
        Connection connection = driverFor(target).connect(target, info);
        if (connection == null) {
            throw new SQLException("the driver refused the database URL " + target);
        }
        return connection;
    }

    /** the value set on the bean, else the setting {@code key}; null when neither is there (or only blank) */
    private static String firstOf(String value, String key) {
        if (value != null && !value.isBlank()) {
            return value;
        }
        return ConfigDirectorySource.early(key).filter(v -> !v.isBlank()).orElse(null);
    }

    private static Driver driverFor(String url) throws SQLException {
        if (url.startsWith("jdbc:derby:")) {
            return DerbyDriver.INSTANCE;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return PostgresqlDriver.INSTANCE;
        }
        return DriverManager.getDriver(url);
    }

    /** created on first use only, so that a PostgreSQL installation never boots the Derby engine */
    private static final class DerbyDriver {
        static final Driver INSTANCE = new org.apache.derby.jdbc.EmbeddedDriver();
    }

    private static final class PostgresqlDriver {
        static final Driver INSTANCE = new org.postgresql.Driver();
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
