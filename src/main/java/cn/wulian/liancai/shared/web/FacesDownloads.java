package cn.wulian.liancai.shared.web;

import cn.wulian.liancai.shared.PageRequest;
import cn.wulian.liancai.shared.export.ExportFormat;
import cn.wulian.liancai.shared.export.Exportable;
import cn.wulian.liancai.shared.export.ListExport;
import cn.wulian.liancai.shared.export.Spreadsheet;
import jakarta.faces.context.FacesContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** A spreadsheet or a list's export as a PrimeFaces download ({@code p:fileDownload}). */
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

    /**
     * A list page's export: every row of the list with the filters and sort its table shows now
     * ({@link PageLazyModel#shown}, with a page's own filter form already added), in the page's
     * language, named after the list's title. The caller is checked and the ids are read here, in
     * the button's action; the rows are read and written when PrimeFaces sends the file.
     */
    public static <T> StreamedContent list(Exportable<T> list, PageRequest shown, ExportFormat format) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        ListExport<T> export = ListExport.of(list, shown, locale);
        return DefaultStreamedContent.builder()
                .name(export.title() + format.extension())
                .contentType(format.mediaType())
                .writer(out -> {
                    try {
                        export.write(format, out);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .build();
    }
}
