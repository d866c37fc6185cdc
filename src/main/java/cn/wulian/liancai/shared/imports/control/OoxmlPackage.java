package cn.wulian.liancai.shared.imports.control;

import cn.wulian.liancai.shared.CountedStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An Office Open XML package (ECMA-376 part 2) read through the zip's central directory: its parts,
 * their content types and the relationships between them. No part is inflated unless asked for,
 * and every part is inflated through the same guards POI's {@code ZipSecureFile} applied, so that a
 * small upload cannot inflate to gigabytes: at most {@value #MAX_ENTRIES} parts, none beyond
 * {@value #MAX_ENTRY_SIZE} bytes, and none that inflates more than a hundredfold once past its first
 * {@value #GRACE_SIZE} bytes.
 * <p>
 * XML is read with the JDK's own StAX parser, without DTDs or external entities.
 */
final class OoxmlPackage implements Closeable {

    /** a relationship of a part: its id, type (a URI) and target part name (no leading slash) */
    record Relationship(String id, String type, String target) {

        /** whether the type is {@code name} in the transitional or the strict namespace */
        boolean is(String name) {
            return type.endsWith("/" + name);
        }
    }

    static final int MAX_ENTRIES = 1_000;
    static final long MAX_ENTRY_SIZE = 0xFFFF_FFFFL;
    static final long GRACE_SIZE = 100 * 1024;
    static final double MIN_INFLATE_RATIO = 0.01;

    private static final XMLInputFactory XML = xmlFactory();

    private final ZipFile zip;
    /** the parts by their names in lower case: part names are compared without case */
    private final Map<String, ZipEntry> parts = new HashMap<>();
    private final Map<String, String> defaults = new HashMap<>();
    private final Map<String, String> overrides = new HashMap<>();

    private OoxmlPackage(ZipFile zip) {
        this.zip = zip;
    }

    /**
     * @return the package, or empty when the zip has no {@code [Content_Types].xml} (some other archive)
     * @throws IOException when the file is no zip, is damaged or breaks a guard
     */
    static Optional<OoxmlPackage> open(Path file) throws IOException {
        ZipFile zip = new ZipFile(file.toFile());
        try {
            OoxmlPackage pkg = new OoxmlPackage(zip);
            int count = 0;
            for (var entries = zip.entries(); entries.hasMoreElements();) {
                ZipEntry entry = entries.nextElement();
                if (++count > MAX_ENTRIES) {
                    throw new IOException("more than " + MAX_ENTRIES + " parts: not taken");
                }
                pkg.parts.put(entry.getName().toLowerCase(Locale.ROOT), entry);
            }
            if (!pkg.has("[Content_Types].xml")) {
                zip.close();
                return Optional.empty();
            }
            pkg.readContentTypes();
            return Optional.of(pkg);
        } catch (IOException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    boolean has(String part) {
        return parts.containsKey(part.toLowerCase(Locale.ROOT));
    }

    /** the part's content type: its override, else the default of its extension, else "" */
    String contentType(String part) {
        String override = overrides.get(part.toLowerCase(Locale.ROOT));
        if (override != null) {
            return override;
        }
        int dot = part.lastIndexOf('.');
        return dot < 0 ? "" : defaults.getOrDefault(part.substring(dot + 1).toLowerCase(Locale.ROOT), "");
    }

    /** the part, inflated through the guards as it is read */
    InputStream open(String part) throws IOException {
        ZipEntry entry = parts.get(part.toLowerCase(Locale.ROOT));
        if (entry == null) {
            throw new IOException("no part " + part);
        }
        long compressed = Math.max(entry.getCompressedSize(), 0);
        return new CountedStream(zip.getInputStream(entry), Long.MAX_VALUE, inflated -> guard(inflated, compressed));
    }

    /** the relationships of a part ({@code ""} for the package's own), none when it has no relationship part */
    List<Relationship> relationships(String part) throws IOException {
        int slash = part.lastIndexOf('/');
        String folder = part.substring(0, slash + 1);
        String rels = folder + "_rels/" + part.substring(slash + 1) + ".rels";
        List<Relationship> found = new ArrayList<>();
        if (!has(rels)) {
            return found;
        }
        try (InputStream in = open(rels)) {
            XMLStreamReader xml = parser(in);
            try {
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT && "Relationship".equals(xml.getLocalName())
                            && !"External".equals(xml.getAttributeValue(null, "TargetMode"))) {
                        String target = xml.getAttributeValue(null, "Target");
                        String type = xml.getAttributeValue(null, "Type");
                        if (target != null && type != null) {
                            found.add(new Relationship(xml.getAttributeValue(null, "Id"), type, resolve(folder, target)));
                        }
                    }
                }
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new IOException("unreadable " + rels, e);
        }
        return found;
    }

    /** a target relative to the folder of its source (or absolute), as a part name without the leading slash */
    private static String resolve(String folder, String target) throws IOException {
        try {
            URI base = new URI(null, null, "/" + folder, null);
            String path = base.resolve(new URI(target.replace("\\", "/").replace(" ", "%20"))).getPath();
            return path.startsWith("/") ? path.substring(1) : path;
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IOException("bad relationship target " + target, e);
        }
    }

    private void readContentTypes() throws IOException {
        try (InputStream in = open("[Content_Types].xml")) {
            XMLStreamReader xml = parser(in);
            try {
                while (xml.hasNext()) {
                    if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    String type = xml.getAttributeValue(null, "ContentType");
                    if (type == null) {
                        continue;
                    }
                    if ("Default".equals(xml.getLocalName()) && xml.getAttributeValue(null, "Extension") != null) {
                        defaults.put(xml.getAttributeValue(null, "Extension").toLowerCase(Locale.ROOT), type);
                    } else if ("Override".equals(xml.getLocalName()) && xml.getAttributeValue(null, "PartName") != null) {
                        String name = xml.getAttributeValue(null, "PartName");
                        overrides.put((name.startsWith("/") ? name.substring(1) : name).toLowerCase(Locale.ROOT), type);
                    }
                }
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new IOException("unreadable [Content_Types].xml", e);
        }
    }

    /** a pull parser over a part: the JDK's, with no DTD and no external entity */
    static XMLStreamReader parser(InputStream in) throws XMLStreamException {
        return XML.createXMLStreamReader(in);
    }

    private static XMLInputFactory xmlFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /** refuses a part past the limits, by the bytes it has inflated to so far and its compressed size */
    private static void guard(long inflated, long compressed) throws IOException {
        if (inflated <= GRACE_SIZE) {
            return;
        }
        if (inflated > MAX_ENTRY_SIZE) {
            throw new IOException("a part larger than " + MAX_ENTRY_SIZE + " bytes: not taken");
        }
        if ((double) compressed / inflated < MIN_INFLATE_RATIO) {
            throw new IOException("a part that inflates more than " + Math.round(1 / MIN_INFLATE_RATIO) + "-fold: a zip bomb, not taken");
        }
    }
}
