package cn.wulian.liancai.shared.rest;

import cn.wulian.liancai.shared.export.Spreadsheet;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A file answer: the bytes, and a name that keeps its Chinese in browsers that read RFC 5987. */
public final class Downloads {

    private Downloads() {
    }

    /** {@code fileName} in the reader's language, {@code asciiName} for clients that cannot read it */
    public static Response xlsx(byte[] bytes, String fileName, String asciiName) {
        String encoded = URLEncoder.encode(fileName + ".xlsx", StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(bytes, Spreadsheet.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + asciiName + ".xlsx\"; filename*=UTF-8''" + encoded)
                .build();
    }
}
