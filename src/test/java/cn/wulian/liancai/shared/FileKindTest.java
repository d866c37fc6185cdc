package cn.wulian.liancai.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Real files of each kind, built here with the JDK and POI, and files dressed up as them. */
class FileKindTest {

    static final String PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

    @Test
    void imagesAndPdfAreToldByTheirFirstBytes() throws IOException {
        assertEquals(FileKind.PDF, kind(PDF.getBytes(StandardCharsets.US_ASCII)));
        assertEquals(FileKind.PNG, kind(image("png")));
        assertEquals(FileKind.JPEG, kind(image("jpeg")));
        assertEquals(FileKind.GIF, kind(image("gif")));
        byte[] webp = new byte[30];
        System.arraycopy("RIFF".getBytes(StandardCharsets.US_ASCII), 0, webp, 0, 4);
        System.arraycopy("WEBPVP8 ".getBytes(StandardCharsets.US_ASCII), 0, webp, 8, 8);
        assertEquals(FileKind.WEBP, kind(webp));
        assertEquals("image/jpeg", FileKind.JPEG.mediaType());
    }

    @Test
    void officeDocumentsAreToldByTheirMainPart() throws IOException {
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (XWPFDocument d = new XWPFDocument()) {
            d.createParagraph().createRun().setText("获奖证书");
            d.write(docx);
        }
        assertEquals(FileKind.DOCX, kind(docx.toByteArray()));
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (XSSFWorkbook w = new XSSFWorkbook()) {
            w.createSheet("业绩").createRow(0).createCell(0).setCellValue("销售额");
            w.write(xlsx);
        }
        assertEquals(FileKind.XLSX, kind(xlsx.toByteArray()));
        ByteArrayOutputStream pptx = new ByteArrayOutputStream();
        try (XMLSlideShow s = new XMLSlideShow()) {
            s.createSlide();
            s.write(pptx);
        }
        assertEquals(FileKind.PPTX, kind(pptx.toByteArray()));
        assertEquals(FileKind.ODT, kind(zip(Map.of("mimetype", "application/vnd.oasis.opendocument.text", "content.xml", "<office:document-content/>"))));
        assertEquals(FileKind.ODS, kind(zip(Map.of("mimetype", "application/vnd.oasis.opendocument.spreadsheet", "content.xml", "<x/>"))));
        assertEquals(FileKind.XLS, kind(xls(null)));
        assertEquals(FileKind.DOC, kind(word97(false)));
    }

    @Test
    void macrosEmbeddedProgramsAndEncryptionAreRefusedAsSuch() throws IOException {
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (XWPFDocument d = new XWPFDocument()) {
            d.write(docx);
        }
        Map<String, String> docm = entries(docx.toByteArray());
        docm.put("[Content_Types].xml", docm.get("[Content_Types].xml").replace("wordprocessingml.document.main+xml",
                "ms-word.document.macroEnabled.main+xml"));
        docm.put("word/vbaProject.bin", "VBA");
        assertActive(zip(docm));

        Map<String, String> vbaOnly = entries(docx.toByteArray());
        vbaOnly.put("word/vbaProject.bin", "VBA"); // the main type left innocent
        assertActive(zip(vbaOnly));

        Map<String, String> packaged = entries(docx.toByteArray());
        packaged.put("word/embeddings/oleObject1.bin", "MZ");
        assertActive(zip(packaged));

        assertActive(zip(Map.of("mimetype", "application/vnd.oasis.opendocument.text", "content.xml", "<x/>",
                "Basic/Standard/Module1.xml", "<script:module/>")));
        assertActive(word97(true));
        assertActive(xls("_VBA_PROJECT_CUR"));
        Biff8EncryptionKey.setCurrentUserPassword("secret");
        try {
            assertActive(xls(null));
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"<html><script>alert(1)</script></html>", "<!DOCTYPE html><p>证书</p>",
            "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>",
            "<svg onload=\"alert(1)\"/>", "<?xml version=\"1.0\"?><note/>", "证书编号 2025-001", "#!/bin/sh\nrm -rf /",
            "MZ\u0090\u0000\u0003", "\u007fELF\u0002\u0001", "%!PS-Adobe-3.0", "{\\rtf1\\ansi}", " %PDF-1.4 (not at the start)", ""})
    void pagesScriptsProgramsAndTextAreRefused(String content) {
        assertNotTaken(content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void otherArchivesAndCompoundFilesAreRefused() throws IOException {
        assertNotTaken(zip(Map.of("readme.txt", "hello", "run.exe", "MZ")));
        assertNotTaken(zip(Map.of("[Content_Types].xml", "<Types/>", "a.xml", "<a/>")));
        assertNotTaken(zip(Map.of("mimetype", "application/epub+zip")));
        assertNotTaken(compound("PowerPoint Document", new byte[64]));
        assertNotTaken(compound("SummaryInformation", new byte[64]));
        byte[] broken = xls(null);
        assertNotTaken(java.util.Arrays.copyOf(broken, 600));
    }

    @Test
    void namesAreTakenByAnyKindsExtension() {
        assertTrue(FileKind.isTakenName("获奖证书.PDF"));
        assertTrue(FileKind.isTakenName("照片.jpeg"));
        assertFalse(FileKind.isTakenName("evil.html"));
        assertFalse(FileKind.isTakenName("report.docm"));
        assertFalse(FileKind.isTakenName("证书"));
    }

    private static FileKind kind(byte[] content) {
        return FileKind.of(content, "file");
    }

    private static void assertActive(byte[] content) {
        DomainViolation e = assertThrows(DomainViolation.class, () -> kind(content));
        assertEquals(Map.of("file", FileKind.ACTIVE), e.fieldKeys());
    }

    private static void assertNotTaken(byte[] content) {
        DomainViolation e = assertThrows(DomainViolation.class, () -> kind(content));
        assertEquals(Map.of("file", FileKind.NOT_TAKEN), e.fieldKeys());
    }

    private static byte[] image(String format) throws IOException {
        BufferedImage img = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(img, format, out), format);
        return out.toByteArray();
    }

    /** a zip of these entries, in this order (mimetype first, as OpenDocument wants) */
    private static byte[] zip(Map<String, String> entries) throws IOException {
        Map<String, String> ordered = new LinkedHashMap<>();
        if (entries.containsKey("mimetype")) {
            ordered.put("mimetype", entries.get("mimetype"));
        }
        ordered.putAll(entries);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> e : ordered.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static Map<String, String> entries(byte[] zip) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }

    /** a real .xls from POI, with an extra storage of that name if one is given */
    private static byte[] xls(String storage) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (HSSFWorkbook w = new HSSFWorkbook()) {
            w.createSheet("业绩").createRow(0).createCell(0).setCellValue("销售额");
            w.write(out);
        }
        if (storage == null) {
            return out.toByteArray();
        }
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(out.toByteArray()))) {
            fs.getRoot().createDirectory(storage).createDocument("dir", new ByteArrayInputStream(new byte[16]));
            ByteArrayOutputStream with = new ByteArrayOutputStream();
            fs.writeFilesystem(with);
            return with.toByteArray();
        }
    }

    /** a compound file with a Word 97 file information block, and a Macros storage if asked */
    private static byte[] word97(boolean macros) throws IOException {
        byte[] fib = new byte[64];
        fib[0] = (byte) 0xEC;
        fib[1] = (byte) 0xA5;
        fib[2] = (byte) 0xC1;
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(fib), "WordDocument");
            if (macros) {
                DirectoryEntry m = fs.getRoot().createDirectory("Macros");
                m.createDirectory("VBA").createDocument("dir", new ByteArrayInputStream(new byte[16]));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    private static byte[] compound(String stream, byte[] content) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(content), stream);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }
}
