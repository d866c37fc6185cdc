package cn.wulian.liancai.shared.export;

import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.export.Spreadsheet.Column;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

/** The file formats a list exports to: {@code ?format=xlsx} (the default) or {@code csv}. */
public enum ExportFormat {

    XLSX(Spreadsheet.MEDIA_TYPE, ".xlsx"),
    CSV(CsvFile.MEDIA_TYPE, ".csv");

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** the request's {@code format}; none means xlsx, anything else than the two is refused naming the field */
    public static ExportFormat parse(String format) {
        if (format == null || format.isBlank()) {
            return XLSX;
        }
        try {
            return valueOf(format.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainViolation.of("format", "validation.export.format");
        }
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** the list's rows under their headers, as they are read; {@code name} is the worksheet's */
    public <T> void write(String name, List<Column<T>> columns, Iterable<T> rows, OutputStream out) throws IOException {
        if (this == CSV) {
            CsvFile.write(columns, rows, out);
        } else {
            Spreadsheet.write(List.of(new Spreadsheet.Worksheet<>(name, columns, rows)), out);
        }
    }
}
