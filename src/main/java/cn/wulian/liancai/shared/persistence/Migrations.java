package cn.wulian.liancai.shared.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Brings the schema up to date with {@code db/changelog} before anything else touches the database.
 * Users' data survives: change sets only ever add to what shipped.
 *
 * <p>A start whose database already records every change set of this build does not start Liquibase
 * at all: reading its changelog, its extensions and the lock table cost 1.5–3.5 s of every restart
 * (and of every start of a test's server on an existing folder) to find nothing to do. The check reads
 * the changelog's ids with a plain XML reader and the database's {@code DATABASECHANGELOG}; anything
 * missing — a new build, a fresh database — runs Liquibase as before, with its lock and its checks.
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
            if (upToDate(connection)) {
                if (!connection.getAutoCommit()) {
                    // the check's reads opened a transaction; Derby refuses to close a connection with one open
                    connection.commit();
                }
                LOG.info(() -> "schema up to date: every change set of " + CHANGELOG + " is recorded");
                return;
            }
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

    /** whether the database records every change set of the changelog that applies to it */
    static boolean upToDate(Connection connection) throws SQLException {
        String product = product(connection);
        Set<String> recorded = recorded(connection);
        return recorded != null && recorded.containsAll(changeSets(product));
    }

    /** Liquibase's short name of the database's product ({@code derby}, {@code postgresql}), as the changelog's {@code dbms} names it */
    static String product(Connection connection) throws SQLException {
        String name = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        return name.contains("derby") ? "derby" : name.contains("postgres") ? "postgresql" : name;
    }

    /** the change sets the database records as run ({@code file::id::author}), null when it has no changelog table yet */
    private static Set<String> recorded(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        boolean exists = false;
        for (String table : List.of("DATABASECHANGELOG", "databasechangelog")) {
            try (ResultSet tables = meta.getTables(null, null, table, null)) {
                exists |= tables.next();
            }
        }
        if (!exists) {
            return null;
        }
        Set<String> recorded = new HashSet<>();
        try (Statement st = connection.createStatement();
             ResultSet rows = st.executeQuery("SELECT filename, id, author FROM databasechangelog")) {
            while (rows.next()) {
                recorded.add(rows.getString(1) + "::" + rows.getString(2) + "::" + rows.getString(3));
            }
        }
        return recorded;
    }

    /** the change sets of the changelog ({@code file::id::author}) that apply to {@code product} */
    static Set<String> changeSets(String product) {
        Set<String> changeSets = new LinkedHashSet<>();
        for (String file : elements(CHANGELOG, "include", "file")) {
            for (Map<String, String> changeSet : attributes(file, "changeSet")) {
                if (appliesTo(changeSet.get("dbms"), product)) {
                    changeSets.add(file + "::" + changeSet.get("id") + "::" + changeSet.get("author"));
                }
            }
        }
        return changeSets;
    }

    /** Liquibase's {@code dbms}: absent for all, else a list of names, {@code !name} for all but */
    static boolean appliesTo(String dbms, String product) {
        if (dbms == null || dbms.isBlank()) {
            return true;
        }
        boolean onlyExclusions = true;
        for (String name : dbms.split(",")) {
            String n = name.strip();
            if (n.startsWith("!")) {
                if (n.substring(1).equals(product)) {
                    return false;
                }
            } else {
                onlyExclusions = false;
                if (n.equals(product) || n.equals("all")) {
                    return true;
                }
            }
        }
        return onlyExclusions;
    }

    private static List<String> elements(String resource, String element, String attribute) {
        return attributes(resource, element).stream().map(a -> a.get(attribute)).toList();
    }

    private static List<Map<String, String>> attributes(String resource, String element) {
        List<Map<String, String>> found = new ArrayList<>();
        try (InputStream in = Migrations.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("changelog file missing: " + resource);
            }
            XMLInputFactory factory = XMLInputFactory.newFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals(element)) {
                    Map<String, String> attributes = new HashMap<>();
                    for (int i = 0; i < xml.getAttributeCount(); i++) {
                        attributes.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
                    }
                    found.add(attributes);
                }
            }
            xml.close();
        } catch (IOException | XMLStreamException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
        return found;
    }

    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());
}
