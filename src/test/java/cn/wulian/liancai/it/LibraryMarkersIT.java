package cn.wulian.liancai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every library jar of the WAR has its marker, the empty file that keeps its classes out of Payara's
 * class model (pom.xml, class-model-markers), and no marker is served to anyone.
 */
@ExtendWith(RunningApp.class)
class LibraryMarkersIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static List<String> entries() throws Exception {
        try (ZipFile war = new ZipFile(Path.of(System.getProperty("it.war", "target/liancai.war")).toFile())) {
            return war.stream().map(ZipEntry::getName).toList();
        }
    }

    @Test
    void everyLibraryHasItsMarker() throws Exception {
        List<String> entries = entries();
        Set<String> jars = entries.stream().filter(n -> n.matches("WEB-INF/lib/[^/]+\\.jar")).collect(Collectors.toSet());
        Set<String> markers = entries.stream().filter(n -> n.startsWith("WEB-INF__lib__")).collect(Collectors.toSet());
        assertFalse(jars.isEmpty());
        // Payara's own rule (ReadableArchiveScannerAdapter.handleJar) for the name of a jar's exploded form
        assertEquals(jars.stream().map(j -> j.replaceAll("[/ ]", "__").replace(".jar", "_jar")).collect(Collectors.toSet()), markers);
    }

    @Test
    void noMarkerIsServed() throws Exception {
        String marker = entries().stream().filter(n -> n.startsWith("WEB-INF__lib__lucene-core")).findFirst().orElseThrow();
        String session = PageForms.sessionCookie(PageForms.login(HTTP, RunningApp.BASE, "office", Api.PASSWORD, null));
        for (String path : List.of("/" + marker, "/" + marker.replace("__lib__", "%5F%5Flib%5F%5F"), "/" + marker + ";x=1", "/" + marker + "/",
                "//" + marker, "/./" + marker)) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(RunningApp.BASE + path)).header("Cookie", session).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<Void> head = HTTP.send(HttpRequest.newBuilder(URI.create(RunningApp.BASE + path)).header("Cookie", session)
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
            assertEquals(404, head.statusCode(), "HEAD " + path);
            assertEquals(404, r.statusCode(), path);
            // the same answer as for a name that is no file at all
            HttpResponse<String> none = HTTP.send(HttpRequest.newBuilder(URI.create(RunningApp.BASE + "/WEB-INF__lib__none-1.0_jar"))
                    .header("Cookie", session).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(none.statusCode(), r.statusCode(), path);
        }
    }
}
