package cn.wulian.liancai.shared.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
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
