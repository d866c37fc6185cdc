package cn.wulian.liancai.shared.web;

import cn.wulian.liancai.shared.export.Spreadsheet;
import cn.wulian.liancai.shared.i18n.Messages;
import jakarta.faces.context.FacesContext;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
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

    /**
     * A list page's export: every row its lazy table shows now, with the same filters and sort, in
     * the page's language, named after the list's title.
     */
    public static <T> StreamedContent shownList(PageLazyModel<T> table, BiFunction<List<T>, Locale, byte[]> sheet, String titleKey) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return xlsx(sheet.apply(table.allShown(), locale), Messages.text(locale, titleKey));
    }
}
