package cn.wulian.liancai.shared.rest;

import cn.wulian.liancai.shared.PageRequest;
import cn.wulian.liancai.shared.export.ExportFormat;
import cn.wulian.liancai.shared.export.Exportable;
import cn.wulian.liancai.shared.export.ListExport;
import cn.wulian.liancai.shared.export.Spreadsheet;
import cn.wulian.liancai.shared.i18n.Messages;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.nio.charset.StandardCharsets;

/**
 * A file answer: the bytes, always as an attachment (a browser saves it, never shows it as a page
 * of this site), under a name that keeps its Chinese in browsers that read RFC 6266's
 * {@code filename*} and stays readable in those that do not.
 */
public final class Downloads {

    private Downloads() {
    }

    /** {@code fileName} in the reader's language, {@code asciiName} for clients that cannot read it */
    public static Response xlsx(byte[] bytes, String fileName, String asciiName) {
        return Response.ok(bytes, Spreadsheet.MEDIA_TYPE).header("Content-Disposition", attachment(fileName + ".xlsx", asciiName + ".xlsx")).build();
    }

    /**
     * A list's export ({@code …/export?format=csv}, xlsx by default, headers in the caller's
     * language), written while it is read. The format, the caller and the filters are checked and
     * the rows' ids read before the answer begins, so whatever is refused is the usual JSON error;
     * {@code asciiName} for clients that cannot read the title. See {@link ListExport} for what
     * happens when writing fails later.
     */
    public static <T> Response list(Exportable<T> list, PageRequest filtersAndSort, HttpHeaders headers, String format, String asciiName) {
        ExportFormat chosen = ExportFormat.parse(format);
        ListExport<T> export = ListExport.of(list, filtersAndSort, Messages.preferred(headers.getAcceptableLanguages()));
        StreamingOutput body = out -> export.write(chosen, out);
        return Response.ok(body, chosen.mediaType())
                .header("Content-Disposition", attachment(export.title() + chosen.extension(), asciiName + chosen.extension()))
                .build();
    }

    /** a stored file as an attachment of its (already checked) type */
    public static Response file(byte[] bytes, String mediaType, String fileName) {
        return Response.ok(bytes, mediaType).header("Content-Disposition", attachment(fileName, fileName)).build();
    }

    /**
     * {@code attachment; filename="…"; filename*=UTF-8''…}: the plain name with every character
     * outside printable ASCII, quotes and backslashes replaced, the full name percent-encoded
     * (RFC 5987: only its attr-chars stay as they are)
     */
    static String attachment(String fileName, String asciiName) {
        String plain = asciiName.replaceAll("[^\\x20-\\x7E]|[\"\\\\]", "_");
        StringBuilder encoded = new StringBuilder();
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return "attachment; filename=\"" + plain + "\"; filename*=UTF-8''" + encoded;
    }
}
