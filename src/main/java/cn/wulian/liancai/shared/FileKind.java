package cn.wulian.liancai.shared;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The kinds of file taken as evidence, told by their content (magic bytes and, for Office and
 * OpenDocument files, their inner structure), never by the name or the type the client claims. A
 * file is stored and served as the kind found here.
 * <p>
 * Taken: PDF; PNG, JPEG, GIF and WebP images; Word, Excel and PowerPoint documents (OOXML) and
 * OpenDocument text, spreadsheets and presentations; legacy Word and Excel (97–2003) files. Refused:
 * anything else — HTML, SVG and other XML, plain text (a browser may take it for a page), scripts,
 * programs, archives — and every Office or OpenDocument file that carries something that runs or
 * that cannot be checked: macros (VBA projects, {@code macroEnabled} OOXML types, Excel 4.0 macro
 * sheets, OpenDocument Basic or scripts), ActiveX controls and embedded OLE objects (packaged
 * files, old equation objects), encrypted files, and legacy PowerPoint (its macros hide inside the main stream).
 */
public enum FileKind {
    PDF("application/pdf", "pdf"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    GIF("image/gif", "gif"),
    WEBP("image/webp", "webp"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
    ODT("application/vnd.oasis.opendocument.text", "odt"),
    ODS("application/vnd.oasis.opendocument.spreadsheet", "ods"),
    ODP("application/vnd.oasis.opendocument.presentation", "odp"),
    DOC("application/msword", "doc"),
    XLS("application/vnd.ms-excel", "xls");

    /** the message of a file whose content is none of the kinds */
    public static final String NOT_TAKEN = "validation.file.content";
    /** the message of an Office file that carries macros or objects that run */
    public static final String ACTIVE = "validation.file.active";

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    /** [Content_Types].xml is a few KB; a larger one is not read whole */
    private static final int MAX_CONTENT_TYPES = 1 << 20;

    private final String mediaType;
    private final List<String> extensions;

    FileKind(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = List.of(extensions);
    }

    /** the type the file is stored and served as */
    public String mediaType() {
        return mediaType;
    }

    /** the file name extensions of this kind, the usual one first */
    public List<String> extensions() {
        return extensions;
    }

    /** whether a file name's extension (any case) is one of some kind's: {@code 证书.PDF} yes, {@code a.html} no */
    public static boolean isTakenName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).anyMatch(k -> k.extensions.contains(extension));
    }

    /**
     * The kind of this content.
     *
     * @param field the input the content came from, named in the refusal
     * @throws DomainViolation on {@code field}: {@link #NOT_TAKEN} for content of no kind taken,
     *         {@link #ACTIVE} for an Office file with macros, embedded objects or encryption
     */
    public static FileKind of(byte[] content, String field) {
        FileKind kind;
        try {
            kind = detect(content);
        } catch (Active e) {
            throw DomainViolation.of(field, ACTIVE);
        }
        if (kind == null) {
            throw DomainViolation.of(field, NOT_TAKEN);
        }
        return kind;
    }

    /** content that would run, or that cannot be checked for it */
    private static final class Active extends RuntimeException {
        Active() {
            super(null, null, false, false);
        }
    }

    private static FileKind detect(byte[] b) {
        if (startsWith(b, 0, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return PDF;
        }
        if (startsWith(b, 0, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})) {
            return PNG;
        }
        if (startsWith(b, 0, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return JPEG;
        }
        if (startsWith(b, 0, "GIF87a".getBytes(StandardCharsets.US_ASCII)) || startsWith(b, 0, "GIF89a".getBytes(StandardCharsets.US_ASCII))) {
            return GIF;
        }
        if (startsWith(b, 0, "RIFF".getBytes(StandardCharsets.US_ASCII)) && startsWith(b, 8, "WEBP".getBytes(StandardCharsets.US_ASCII))) {
            return WEBP;
        }
        if (startsWith(b, 0, ZIP)) {
            return zipped(b);
        }
        if (startsWith(b, 0, CompoundFile.SIGNATURE)) {
            return compound(b);
        }
        return null;
    }

    private static boolean startsWith(byte[] content, int offset, byte[] magic) {
        return content.length >= offset + magic.length && Arrays.equals(content, offset, offset + magic.length, magic, 0, magic.length);
    }

    // ---- OOXML and OpenDocument: zip archives told apart by their declared parts

    /**
     * Read through the central directory of a temporary copy: walking the entries in the stream
     * would inflate every one of them, and a small zip may inflate to gigabytes.
     */
    private static FileKind zipped(byte[] content) {
        Path copy = null;
        try {
            copy = Files.createTempFile("liancai-upload", ".zip");
            Files.write(copy, content);
            try (ZipFile zip = new ZipFile(copy.toFile())) {
                List<String> names = new ArrayList<>();
                zip.stream().map(ZipEntry::getName).forEach(names::add);
                ZipEntry types = zip.getEntry("[Content_Types].xml");
                if (types != null) {
                    return officeOpenXml(read(zip, types, MAX_CONTENT_TYPES), names);
                }
                ZipEntry mimetype = zip.getEntry("mimetype");
                if (mimetype != null) {
                    return openDocument(read(zip, mimetype, 200).strip(), names);
                }
                return null; // any other archive: its content cannot be judged
            }
        } catch (Active active) {
            throw active;
        } catch (IOException | RuntimeException unreadable) {
            return null;
        } finally {
            if (copy != null) {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException ignored) {
                    // a temporary file left behind is removed with the temporary folder
                }
            }
        }
    }

    private static String read(ZipFile zip, ZipEntry entry, int max) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            return new String(in.readNBytes(max), StandardCharsets.UTF_8);
        }
    }

    private static FileKind officeOpenXml(String contentTypes, List<String> names) {
        String types = contentTypes.toLowerCase(Locale.ROOT);
        if (types.contains("macroenabled") || types.contains("vbaproject") || types.contains("oleobject") || types.contains("activex")
                || names.stream().map(n -> n.toLowerCase(Locale.ROOT)).anyMatch(n -> n.endsWith("vbaproject.bin") || n.endsWith(".bin") && n.contains("/embeddings/"))) {
            throw new Active();
        }
        if (types.contains("wordprocessingml.document.main+xml")) {
            return DOCX;
        }
        if (types.contains("spreadsheetml.sheet.main+xml")) {
            return XLSX;
        }
        if (types.contains("presentationml.presentation.main+xml")) {
            return PPTX;
        }
        return null;
    }

    private static FileKind openDocument(String mimetype, List<String> names) {
        FileKind kind = switch (mimetype) {
            case "application/vnd.oasis.opendocument.text" -> ODT;
            case "application/vnd.oasis.opendocument.spreadsheet" -> ODS;
            case "application/vnd.oasis.opendocument.presentation" -> ODP;
            default -> null;
        };
        if (kind != null && names.stream().anyMatch(n -> n.startsWith("Basic/") || n.startsWith("Scripts/"))) {
            throw new Active();
        }
        return kind;
    }

    // ---- legacy Office: OLE2 compound files

    /** storages and streams that hold macros or embedded programs, wherever they are in the file */
    private static final Set<String> ACTIVE_ENTRIES = Set.of("macros", "vba", "_vba_project", "_vba_project_cur", "\u0001ole10native",
            "equation native", "encryptedpackage", "encryptioninfo");

    private static FileKind compound(byte[] content) {
        try {
            CompoundFile file = CompoundFile.open(ByteBuffer.wrap(content));
            CompoundFile.Entry root = file.root();
            if (hasActiveEntry(root)) {
                throw new Active();
            }
            if (root.has("WordDocument")) {
                return word(file, root.child("WordDocument").orElseThrow()) ? DOC : null;
            }
            if (root.has("Workbook")) {
                return excel(file.read(root.child("Workbook").orElseThrow(), content.length)) ? XLS : null;
            }
            return null; // PowerPoint, Outlook messages, installers …
        } catch (IOException | RuntimeException e) {
            if (e instanceof Active active) {
                throw active;
            }
            return null;
        }
    }

    private static boolean hasActiveEntry(CompoundFile.Entry directory) {
        for (CompoundFile.Entry e : directory.children()) {
            if (ACTIVE_ENTRIES.contains(e.name().toLowerCase(Locale.ROOT)) || e.storage() && hasActiveEntry(e)) {
                return true;
            }
        }
        return false;
    }

    /** Word 97 or later (older ones keep WordBasic macros in the main stream), not encrypted */
    private static boolean word(CompoundFile file, CompoundFile.Entry stream) throws IOException {
        byte[] fib = file.read(stream, 12);
        int ident = u16(fib, 0);
        int version = u16(fib, 2);
        boolean encrypted = (u16(fib, 0x0A) & 0x0100) != 0;
        if (encrypted) {
            throw new Active();
        }
        return ident == 0xA5EC && version >= 0x00C1;
    }

    /**
     * BIFF8, not encrypted, without Excel 4.0 macro sheets: the workbook's first records list its
     * sheets ({@code BOUNDSHEET}, 0x85), each with its type (1: macro sheet, 6: VBA module).
     */
    private static boolean excel(byte[] workbook) {
        boolean first = true;
        int at = 0;
        while (workbook.length - at >= 4) {
            int type = u16(workbook, at);
            int length = u16(workbook, at + 2);
            at += 4;
            if (length > workbook.length - at) {
                return false;
            }
            byte[] data = Arrays.copyOfRange(workbook, at, at + length);
            at += length;
            if (first && (type != 0x0809 || length < 2 || u16(data, 0) != 0x0600)) {
                return false;
            }
            first = false;
            if (type == 0x002F) { // FILEPASS: the rest is encrypted
                throw new Active();
            }
            if (type == 0x0085 && length >= 6 && (data[5] == 1 || data[5] == 6)) {
                throw new Active();
            }
            if (type == 0x000A) { // EOF of the workbook globals: every sheet has been listed
                return true;
            }
        }
        return false;
    }

    private static int u16(byte[] b, int offset) {
        return b.length < offset + 2 ? -1 : (b[offset] & 0xFF) | (b[offset + 1] & 0xFF) << 8;
    }
}
