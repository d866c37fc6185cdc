package cn.wulian.liancai.it;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * The least web application that starts what Liancai's deployment starts: one JSF page with
 * PrimeFaces components, a CDI bean that reads a JPA entity from embedded Derby through a
 * {@code @DataSourceDefinition}, a start-up singleton that creates its table, and a JAX-RS resource —
 * the customer's fixed stack with nothing of Liancai's own (no Liquibase, Lucene, ICU, security, its
 * ~935 classes). Its start-up against the empty app's is what the stack costs by itself; Liancai's
 * against it is what Liancai adds.
 * <p>
 * Built by the benchmark from the sources below, compiled against the test class path (the Jakarta
 * EE API, PrimeFaces and Derby are on it), so that it is the same PrimeFaces and Derby as Liancai's.
 */
final class StackFloor {

    /** the page whose first 200 counts as ready: it renders PrimeFaces components and queries the database */
    static final String PAGE = "/index.xhtml";

    private static final Map<String, String> SOURCES = Map.of(
            "floor/Item.java", """
                    package floor;
                    @jakarta.persistence.Entity
                    public class Item {
                        @jakarta.persistence.Id public Long id;
                        @jakarta.validation.constraints.NotBlank public String name;
                    }
                    """,
            "floor/Items.java", """
                    package floor;
                    @jakarta.annotation.sql.DataSourceDefinition(name = "java:app/jdbc/floor",
                            className = "org.apache.derby.jdbc.EmbeddedDataSource", databaseName = "floordb",
                            properties = "createDatabase=create")
                    @jakarta.inject.Named @jakarta.enterprise.context.RequestScoped
                    public class Items {
                        @jakarta.persistence.PersistenceContext jakarta.persistence.EntityManager em;
                        public long getCount() {
                            return em.createQuery("select count(i) from Item i", Long.class).getSingleResult();
                        }
                    }
                    """,
            // the table by the app at start, as Liancai's Liquibase does: JPA's own schema generation runs at deployment
            // only, and a persistent root folder (the AOT cache's launcher) deploys once for every later start
            "floor/Schema.java", """
                    package floor;
                    @jakarta.ejb.Singleton @jakarta.ejb.Startup
                    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
                    public class Schema {
                        @jakarta.annotation.Resource(lookup = "java:app/jdbc/floor") javax.sql.DataSource db;
                        @jakarta.annotation.PostConstruct void create() {
                            try (var connection = db.getConnection(); var statement = connection.createStatement()) {
                                statement.execute("create table item (id bigint primary key, name varchar(255))");
                            } catch (java.sql.SQLException exists) {
                                // a restart: the table is there
                            }
                        }
                    }
                    """,
            "floor/Api.java", """
                    package floor;
                    @jakarta.ws.rs.ApplicationPath("api")
                    public class Api extends jakarta.ws.rs.core.Application {
                    }
                    """,
            "floor/Hello.java", """
                    package floor;
                    @jakarta.ws.rs.Path("items") @jakarta.enterprise.context.RequestScoped
                    public class Hello {
                        @jakarta.inject.Inject Items items;
                        @jakarta.ws.rs.GET @jakarta.ws.rs.Produces("application/json")
                        public java.util.Map<String, Long> count() {
                            return java.util.Map.of("count", items.getCount());
                        }
                    }
                    """);

    private static final String PAGE_XHTML = """
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" xmlns:h="jakarta.faces.html" xmlns:p="primefaces">
            <h:head><title>floor</title></h:head>
            <h:body>
                <h:form id="form">
                    <p:panel header="items">
                        <p:outputLabel for="name" value="name"/> <p:inputText id="name"/>
                        <h:outputText value="#{items.count}"/>
                        <p:commandButton value="ok" update="@form"/>
                    </p:panel>
                </h:form>
            </h:body>
            </html>
            """;

    private static final String WEB_XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                <context-param><param-name>jakarta.faces.PROJECT_STAGE</param-name><param-value>Production</param-value></context-param>
                <servlet><servlet-name>faces</servlet-name><servlet-class>jakarta.faces.webapp.FacesServlet</servlet-class><load-on-startup>1</load-on-startup></servlet>
                <servlet-mapping><servlet-name>faces</servlet-name><url-pattern>*.xhtml</url-pattern></servlet-mapping>
            </web-app>
            """;

    private static final String PERSISTENCE_XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <persistence xmlns="https://jakarta.ee/xml/ns/persistence" version="3.2">
                <persistence-unit name="floor" transaction-type="JTA">
                    <jta-data-source>java:app/jdbc/floor</jta-data-source>
                    <class>floor.Item</class>
                    <exclude-unlisted-classes>true</exclude-unlisted-classes>
                </persistence-unit>
            </persistence>
            """;

    private StackFloor() {
    }

    /** compiles the sources in {@code dir} and packs them, the page, the descriptors and PrimeFaces' and Derby's jars */
    static Path war(Path dir) throws IOException {
        Path sources = dir.resolve("src");
        Path classes = dir.resolve("classes");
        Files.createDirectories(classes);
        List<String> files = new ArrayList<>();
        for (Map.Entry<String, String> source : SOURCES.entrySet()) {
            Path file = sources.resolve(source.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
            files.add(file.toString());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        String api = Stream.of("jakarta.persistence.Entity", "jakarta.ws.rs.Path", "jakarta.inject.Named",
                "jakarta.enterprise.context.RequestScoped", "jakarta.annotation.sql.DataSourceDefinition",
                "jakarta.validation.constraints.NotBlank", "jakarta.ejb.Singleton").map(StackFloor::jarOf).distinct().map(Path::toString)
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
        List<String> arguments = new ArrayList<>(List.of("-proc:none", "-classpath", api, "-d", classes.toString()));
        arguments.addAll(files);
        if (javac.run(null, null, null, arguments.toArray(String[]::new)) != 0) {
            throw new IllegalStateException("the stack's floor did not compile");
        }
        // PrimeFaces, Derby's engine, its shared classes and its tools (the data source): the jars Liancai's WAR has
        List<Path> libraries = Stream.of("org.primefaces.PrimeFaces", "org.apache.derby.iapi.jdbc.AutoloadedDriver",
                "org.apache.derby.shared.common.error.StandardException", "org.apache.derby.jdbc.EmbeddedDataSource")
                .map(StackFloor::jarOf).distinct().toList();
        Path war = dir.resolve("stack-floor.war");
        try (OutputStream out = Files.newOutputStream(war); ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "index.xhtml", PAGE_XHTML.getBytes(StandardCharsets.UTF_8));
            put(zip, "WEB-INF/web.xml", WEB_XML.strip().getBytes(StandardCharsets.UTF_8));
            put(zip, "WEB-INF/classes/META-INF/persistence.xml", PERSISTENCE_XML.strip().getBytes(StandardCharsets.UTF_8));
            try (Stream<Path> compiled = Files.walk(classes)) {
                compiled.filter(Files::isRegularFile).forEach(file -> put(zip,
                        "WEB-INF/classes/" + classes.relativize(file).toString().replace('\\', '/'), read(file)));
            }
            for (Path jar : libraries) {
                put(zip, "WEB-INF/lib/" + jar.getFileName(), read(jar));
            }
        }
        return war;
    }

    /** the jar on the test class path that holds {@code className} */
    private static Path jarOf(String className) {
        try {
            return Path.of(Class.forName(className, false, StackFloor.class.getClassLoader()).getProtectionDomain().getCodeSource()
                    .getLocation().toURI());
        } catch (ReflectiveOperationException | java.net.URISyntaxException e) {
            throw new IllegalStateException("not on the test class path: " + className, e);
        }
    }

    /** one entry of a WAR being written (also the benchmark's empty app) */
    static void put(ZipOutputStream zip, String name, byte[] content) {
        try {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
