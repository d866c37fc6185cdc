package cn.wulian.liancai.shared.imports.control;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a minimal workbook part by part, so that a test decides exactly what the sheet's XML
 * holds (a cached formula value that differs from the formula, a dimension or none, a million
 * rows in seconds) — what POI's own writers would not let it choose.
 */
final class RawXlsx {

    /** writes the rows inside {@code <sheetData>} */
    interface Rows {
        void write(Writer out) throws IOException;
    }

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String DOC_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private RawXlsx() {
    }

    /**
     * @param dimension the sheet's recorded extent such as {@code A1:C9}, or null for none
     * @param sharedStrings the shared strings' {@code <si>} elements
     * @param afterData what follows the rows, e.g. {@code <mergeCells>}
     */
    static Path write(Path file, String dimension, List<String> sharedStrings, Rows rows, String afterData) throws IOException {
        try (OutputStream bytes = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_SPEED);
            Writer out = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            part(zip, out, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
                    + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                    + "</Types>");
            part(zip, out, "_rels/.rels", "<Relationships xmlns=\"" + RELS + "\"><Relationship Id=\"rId1\" Type=\"" + DOC_RELS
                    + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            part(zip, out, "xl/workbook.xml", "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + DOC_RELS + "\">"
                    + "<sheets><sheet name=\"名单\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            part(zip, out, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"" + RELS + "\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + DOC_RELS + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"" + DOC_RELS + "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                    + "<Relationship Id=\"rId3\" Type=\"" + DOC_RELS + "/styles\" Target=\"styles.xml\"/></Relationships>");
            // style 1 is Excel's built-in short date (numFmtId 14)
            part(zip, out, "xl/styles.xml", "<styleSheet xmlns=\"" + MAIN + "\"><fonts count=\"1\"><font/></fonts>"
                    + "<fills count=\"1\"><fill/></fills><borders count=\"1\"><border/></borders>"
                    + "<cellStyleXfs count=\"1\"><xf/></cellStyleXfs>"
                    + "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>");
            part(zip, out, "xl/sharedStrings.xml", "<sst xmlns=\"" + MAIN + "\" count=\"" + sharedStrings.size() + "\" uniqueCount=\""
                    + sharedStrings.size() + "\">" + String.join("", sharedStrings) + "</sst>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            out.write("<worksheet xmlns=\"" + MAIN + "\">");
            if (dimension != null) {
                out.write("<dimension ref=\"" + dimension + "\"/>");
            }
            out.write("<sheetData>");
            rows.write(out);
            out.write("</sheetData>" + afterData + "</worksheet>");
            out.flush();
            zip.closeEntry();
        }
        return file;
    }

    private static void part(ZipOutputStream zip, Writer out, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + xml);
        out.flush();
        zip.closeEntry();
    }

    /** an inline string cell */
    static String text(String ref, String value) {
        return "<c" + (ref == null ? "" : " r=\"" + ref + "\"") + " t=\"inlineStr\"><is><t>" + value + "</t></is></c>";
    }

    /** a number cell, with a style index or not */
    static String number(String ref, String value, int style) {
        return "<c r=\"" + ref + "\"" + (style == 0 ? "" : " s=\"" + style + "\"") + "><v>" + value + "</v></c>";
    }
}
