package cn.wulian.liancai.shared.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The office's own settings: {@code liancai.properties} in the configuration folder ({@code config/}
 * beside the app unless {@code -Dliancai.config.dir} says otherwise). It overrides the defaults in
 * the app (ordinal 100) and is overridden by environment variables (300) and system properties
 * (400), so an operator can still change one value for one start.
 */
public class ConfigDirectorySource implements ConfigSource {

    static final int ORDINAL = 250;
    private final Map<String, String> values;
    private final String name;

    public ConfigDirectorySource() {
        Path file = Path.of(System.getProperty("liancai.config.dir", "config")).resolve("liancai.properties");
        this.name = "liancai config file " + file.toAbsolutePath();
        this.values = read(file);
    }

    /**
     * A setting needed before the app's MicroProfile Config exists: Payara opens the database while it
     * deploys the app, when neither this file nor the app's defaults are visible (not even to
     * {@code ${MPCONFIG=…}} in a {@code @DataSourceDefinition}). Looked up in MicroProfile Config's
     * order: a system property, an environment variable ({@code liancai.db.url}, {@code
     * liancai_db_url}, {@code LIANCAI_DB_URL}), this file, the app's defaults
     * ({@code META-INF/microprofile-config.properties}).
     */
    public static Optional<String> early(String key) {
        String value = System.getProperty(key);
        String env = key.replaceAll("[^A-Za-z0-9]", "_");
        for (String name : List.of(key, env, env.toUpperCase(Locale.ROOT))) {
            value = value != null ? value : System.getenv(name);
        }
        if (value == null) {
            value = new ConfigDirectorySource().getValue(key);
        }
        if (value == null) {
            Properties defaults = new Properties();
            try (InputStream in = ConfigDirectorySource.class.getClassLoader().getResourceAsStream("META-INF/microprofile-config.properties")) {
                if (in != null) {
                    defaults.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the app's default settings", e);
            }
            value = defaults.getProperty(key);
        }
        return Optional.ofNullable(value);
    }

    private static Map<String, String> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
        Map<String, String> map = new HashMap<>();
        properties.stringPropertyNames().forEach(k -> map.put(k, properties.getProperty(k)));
        return Map.copyOf(map);
    }

    @Override
    public Set<String> getPropertyNames() {
        return values.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return values.get(propertyName);
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public int getOrdinal() {
        return ORDINAL;
    }
}
