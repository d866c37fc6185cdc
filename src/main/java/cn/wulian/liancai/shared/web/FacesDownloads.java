package cn.wulian.liancai.shared.web;

import cn.wulian.liancai.shared.export.Spreadsheet;
import java.io.ByteArrayInputStream;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** A spreadsheet as a PrimeFaces download ({@code p:fileDownload}). */
public final class FacesDownloads {

    private FacesDownloads() {
    }

    public static StreamedContent xlsx(byte[] bytes, String fileName) {
        return DefaultStreamedContent.builder()
                .name(fileName + ".xlsx")
                .contentType(Spreadsheet.MEDIA_TYPE)
                .stream(() -> new ByteArrayInputStream(bytes))
                .build();
    }
}
