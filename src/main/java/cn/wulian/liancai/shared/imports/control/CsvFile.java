package cn.wulian.liancai.shared.imports.control;

import cn.wulian.liancai.shared.DomainViolation;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file (RFC 4180: quoted cells with doubled quotes and line breaks inside; CRLF, LF or CR)
 * in the encoding it was saved in: UTF-8 with or without a byte order mark, UTF-16 with one, or
 * GBK/GB18030, what Excel and WPS on a Chinese Windows write by default. Without a mark the file
 * is decoded strictly as UTF-8 and, when that fails anywhere, strictly as GB18030 (a superset of
 * GBK); text that is neither is refused rather than read as mojibake, and so is text that reads
 * as GB18030 largely through its private-use areas (Big5, the Traditional Chinese encoding). The delimiter (comma, tab
 * or semicolon) is the one the header line uses most, unless Excel's {@code sep=} line names it.
 */
final class CsvFile extends CheckedFile {

    /** Excel's limit for one cell; a longer one is a quote left open or not a table at all */
    private static final int MAX_CELL = 32_767;
    private static final int MAX_COLUMNS = 16_384;
    private static final Charset GB18030 = Charset.forName("GB18030");

    private final Path file;
    private final Charset charset;
    private final int bomLength;
    private final char delimiter;
    private final boolean sepLine;

    private CsvFile(Path file, Charset charset, int bomLength, String headText) {
        this.file = file;
        this.charset = charset;
        this.bomLength = bomLength;
        String first = firstLine(headText);
        this.sepLine = first.length() == 5 && first.startsWith("sep=");
        this.delimiter = sepLine ? first.charAt(4) : sniff(first);
    }

    /** the content could not be decoded in the encoding tried */
    private static final class Undecodable extends RuntimeException {
        Undecodable() {
            super(null, null, false, false);
        }
    }

    static TabularFile open(Path file, byte[] head, int maxRows) {
        List<Charset> tries = new ArrayList<>();
        int bom = 0;
        if (TabularFiles.startsWith(head, 0xEF, 0xBB, 0xBF)) {
            tries.add(StandardCharsets.UTF_8);
            bom = 3;
        } else if (TabularFiles.startsWith(head, 0xFF, 0xFE)) {
            tries.add(StandardCharsets.UTF_16LE);
            bom = 2;
        } else if (TabularFiles.startsWith(head, 0xFE, 0xFF)) {
            tries.add(StandardCharsets.UTF_16BE);
            bom = 2;
        } else {
            tries.add(StandardCharsets.UTF_8);
            tries.add(GB18030);
        }
        for (Charset charset : tries) {
            String headText = new String(head, bom, head.length - bom, charset);
            CsvFile csv = new CsvFile(file, charset, bom, headText);
            try {
                csv.check(maxRows);
                return csv;
            } catch (Undecodable next) {
                // not in this encoding: try the next one
            }
        }
        throw DomainViolation.of(FIELD, "import.file.encoding");
    }

    private static String firstLine(String text) {
        for (String line : text.split("\r\n|\r|\n", 20)) {
            if (!line.isBlank()) {
                return line;
            }
        }
        return "";
    }

    /** the delimiter the line uses most outside quotes; a comma when it uses none */
    private static char sniff(String line) {
        int commas = 0;
        int tabs = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                switch (c) {
                    case ',' -> commas++;
                    case '\t' -> tabs++;
                    case ';' -> semicolons++;
                    default -> {
                    }
                }
            }
        }
        if (tabs > commas && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    @Override
    protected void read(RowSink sink) {
        try (InputStream bytes = Files.newInputStream(file)) {
            bytes.skipNBytes(bomLength);
            Reader in = new InputStreamReader(bytes, charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
            parse(in, sink);
        } catch (CharacterCodingException wrongEncoding) {
            throw new Undecodable();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded file", e);
        }
    }

    private void parse(Reader in, RowSink sink) throws IOException {
        char[] buffer = new char[1 << 16];
        int length = 0;
        int pos = 0;
        int number = 0;
        int quoteRow = 0;
        boolean quoted = false;
        boolean afterQuote = false;
        boolean skipLf = false;
        boolean skipFirst = sepLine;
        boolean rowStarted = false;
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        long wide = 0;
        long privateUse = 0;
        while (true) {
            if (pos == length) {
                length = in.read(buffer);
                pos = 0;
                if (length < 0) {
                    break;
                }
                continue;
            }
            char c = buffer[pos++];
            if (c > 0x7F) {
                wide++;
                privateUse += c >= '\uE000' && c <= '\uF8FF' ? 1 : 0;
            }
            if (skipLf) {
                skipLf = false;
                if (c == '\n') {
                    continue;
                }
            }
            if (quoted) {
                if (c == '"') {
                    quoted = false;
                    afterQuote = true;
                } else {
                    append(cell, c, true, quoteRow);
                }
                continue;
            }
            if (c == '"' && afterQuote) {
                // "" inside a quoted cell: one quote, and the cell goes on being quoted
                cell.append('"');
                quoted = true;
                afterQuote = false;
                continue;
            }
            afterQuote = false;
            if (c == '"' && cell.isEmpty()) {
                quoted = true;
                rowStarted = true;
                quoteRow = number + 1;
                continue;
            }
            if (c == delimiter) {
                addCell(cells, cell, number + 1);
                rowStarted = true;
            } else if (c == '\n' || c == '\r') {
                skipLf = c == '\r';
                addCell(cells, cell, number + 1);
                if (skipFirst) {
                    skipFirst = false;
                } else if (!sink.accept(++number, cells)) {
                    return;
                }
                cells = new ArrayList<>();
                rowStarted = false;
            } else {
                append(cell, c, false, number + 1);
                rowStarted = true;
            }
        }
        if (charset == GB18030 && privateUse * 20 > wide) {
            // GBK's user-defined areas, where Big5's punctuation and commonest characters fall when a Traditional Chinese
            // file is read as GBK ("姓名" read as "﹎"): a file in another encoding. A name's rare character made in such
            // an area (造字) is one among many, not one in twenty
            throw new Undecodable();
        }
        if (quoted) {
            throw DomainViolation.of(FIELD, "import.file.quote", quoteRow);
        }
        if (rowStarted || !cell.isEmpty()) {
            addCell(cells, cell, number + 1);
            if (!skipFirst) {
                sink.accept(++number, cells);
            }
        }
    }

    private static void append(StringBuilder cell, char c, boolean quoted, int row) {
        if (cell.length() >= MAX_CELL) {
            throw quoted ? DomainViolation.of(FIELD, "import.file.quote", row) : DomainViolation.of(FIELD, "import.file.cellTooLong", row);
        }
        cell.append(c);
    }

    private static void addCell(List<String> cells, StringBuilder cell, int row) {
        if (cells.size() >= MAX_COLUMNS) {
            throw DomainViolation.of(FIELD, "import.file.cellTooLong", row);
        }
        cells.add(cell.toString());
        cell.setLength(0);
    }

    @Override
    public void close() {
        // nothing held open between readings
    }
}
