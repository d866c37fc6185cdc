package cn.wulian.liancai.shared.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The name of this instance that outlives its restarts: written once into its data folder (each
 * instance of a cluster has its own). Work an instance started and a stop interrupted (an import)
 * is ended by the same instance when it starts again — not by another one starting meanwhile,
 * while the first still runs it.
 */
@ApplicationScoped
public class ThisInstance {

    static final String FILE = "instance-id";

    @Inject
    @ConfigProperty(name = "liancai.data.dir", defaultValue = "data")
    String dataDir;

    private volatile String id;

    public String id() {
        String known = id;
        if (known == null) {
            synchronized (this) {
                if (id == null) {
                    id = readOrCreate(Path.of(dataDir).resolve(FILE));
                }
                known = id;
            }
        }
        return known;
    }

    static String readOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                String stored = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (!stored.isEmpty()) {
                    return stored;
                }
            }
            String created = UUID.randomUUID().toString();
            Files.createDirectories(file.getParent());
            Files.writeString(file, created + "\n", StandardCharsets.UTF_8);
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write this instance's name in " + file, e);
        }
    }
}
