package cn.wulian.liancai.shared.imports.control;

import cn.wulian.liancai.shared.CompoundFile;
import cn.wulian.liancai.shared.DomainViolation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Opens the files the office brings — Excel workbooks (.xlsx) and CSV or text exports — and
 * refuses, with a message the user can act on, what cannot be imported faithfully. The kind is told
 * by the content, whatever the name says: a renamed workbook is read as one, a PDF named
 * {@code .csv} is refused. Every refusal is a {@link DomainViolation} on the field {@code file}:
 * <ul>
 * <li>{@code import.file.type}: not a workbook or a table of text (PDF, image, Word, HTML, a zip);
 * {@code import.file.xls}: an Excel 97–2003 workbook, to be saved as .xlsx;
 * {@code import.file.encrypted}: a workbook with a password;</li>
 * <li>{@code import.file.broken}: a damaged workbook; {@code import.file.encoding}: text that is
 * neither UTF-8, UTF-16 (with its mark) nor GBK/GB18030; {@code import.file.quote} (row): a quote
 * left open; {@code import.file.cellTooLong} (row): a cell beyond Excel's 32,767 characters or a
 * row beyond its 16,384 columns;</li>
 * <li>{@code import.file.empty}: no data rows; {@code import.file.noHeader} (row): the first row
 * names nothing; {@code import.file.tooManyRows} (limit, rows found);
 * {@code import.file.merged} (range such as {@code B3:B5}): merged cells in or below the header.</li>
 * </ul>
 * Nothing is kept in memory but the shared strings of a workbook; the caller deletes the file after
 * closing.
 */
public final class TabularFiles {

    private static final int HEAD = 64 * 1024;

    private TabularFiles() {
    }

    /**
     * Opens and checks a file by its content: reads it once to the end, so that a file that is
     * refused is refused before any of its rows is used.
     *
     * @param originalName the name the user gave the file, used only for what the content cannot tell
     * @param maxRows the most data rows accepted
     */
    public static TabularFile open(Path file, String originalName, int maxRows) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded file " + originalName, e);
        }
        if (head.length == 0) {
            throw DomainViolation.of(CheckedFile.FIELD, "import.file.empty");
        }
        if (startsWith(head, 'P', 'K', 3, 4)) {
            return XlsxFile.open(file, maxRows);
        }
        if (CompoundFile.startsWithSignature(ByteBuffer.wrap(head))) {
            throw DomainViolation.of(CheckedFile.FIELD, compound(file));
        }
        if (!text(head)) {
            throw DomainViolation.of(CheckedFile.FIELD, "import.file.type");
        }
        return CsvFile.open(file, head, maxRows);
    }

    /**
     * An OLE2 compound file: an old Excel workbook, a password-protected xlsx (Office wraps it in
     * one), or something else of Office's.
     */
    private static String compound(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            CompoundFile.Entry root = CompoundFile.open(channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size())).root();
            if (root.has("EncryptedPackage")) {
                return "import.file.encrypted";
            }
            return root.has("Workbook") || root.has("Book") ? "import.file.xls" : "import.file.type";
        } catch (IOException | RuntimeException unreadable) {
            return "import.file.type";
        }
    }

    /**
     * Whether the first bytes can be a table of text: a UTF-16 mark, or no NUL and no known binary
     * signature, and not markup (an HTML page saved as ".xls" by a web system) or RTF.
     */
    private static boolean text(byte[] head) {
        if (startsWith(head, 0xFF, 0xFE) || startsWith(head, 0xFE, 0xFF)) {
            return true;
        }
        for (byte b : head) {
            if (b == 0) {
                return false;
            }
        }
        List<String> binary = List.of("%PDF-", "\u0089PNG", "GIF8", "RIFF", "{\\rtf", "7z", "Rar!");
        String start = new String(head, 0, Math.min(head.length, 16), StandardCharsets.ISO_8859_1);
        if (binary.stream().anyMatch(start::startsWith) || startsWith(head, 0xFF, 0xD8, 0xFF) || startsWith(head, 0x1F, 0x8B)) {
            return false;
        }
        int from = startsWith(head, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        for (int i = from; i < head.length; i++) {
            if (!Character.isWhitespace(head[i])) {
                return head[i] != '<';
            }
        }
        return true;
    }

    static boolean startsWith(byte[] b, int... magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
