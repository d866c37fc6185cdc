package cn.wulian.liancai.shared.imports.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Uploaded files while their import is open, in the data folder's {@code imports/}: an import runs
 * in the background and may outlive the request that brought the file. Deleted when the import
 * ends; the name on disk is random, never the user's. Several instances share one folder
 * ({@code liancai.imports.dir}, README "Several instances"): the upload, its mapping and its start
 * may each reach another instance.
 */
@ApplicationScoped
public class ImportFiles {

    @Inject
    @ConfigProperty(name = "liancai.data.dir", defaultValue = "data")
    String dataDir;

    @Inject
    @ConfigProperty(name = "liancai.imports.dir")
    Optional<String> importsDir;

    Path folder() {
        return importsDir.filter(d -> !d.isBlank()).map(Path::of).orElse(Path.of(dataDir, "imports"));
    }

    /** stores the upload; its name on disk */
    String store(InputStream content, String originalName) {
        String name = UUID.randomUUID() + extension(originalName);
        try {
            Files.createDirectories(folder());
            Files.copy(content, folder().resolve(name));
            return name;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the uploaded file", e);
        }
    }

    Path path(String storedAs) {
        return folder().resolve(storedAs);
    }

    void delete(String storedAs) {
        if (storedAs != null) {
            ImportRunner.deleteQuietly(path(storedAs));
        }
    }

    private static String extension(String name) {
        if (name == null) {
            return "";
        }
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot).toLowerCase(Locale.ROOT);
        return ext.matches("\\.[a-z0-9]{1,5}") ? ext : "";
    }
}
