package cn.wulian.liancai.shared.imports.control;

import cn.wulian.liancai.shared.DomainViolation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/** STAND-IN until the reading branch lands: UTF-8 CSV without quotes */
public final class TabularFiles {
    private TabularFiles() {
    }

    public static TabularFile open(Path file, String originalName, int maxRows) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty()) {
                throw DomainViolation.of("file", "import.file.empty");
            }
            List<String> headers = Arrays.asList(lines.get(0).split(",", -1));
            List<SheetRow> rows = new ArrayList<>();
            for (int i = 1; i < lines.size(); i++) {
                if (!lines.get(i).isBlank()) {
                    rows.add(new SheetRow(i + 1, Arrays.asList(lines.get(i).split(",", -1))));
                }
            }
            if (rows.size() > maxRows) {
                throw DomainViolation.of("file", "import.file.tooManyRows", maxRows, rows.size());
            }
            return new TabularFile() {
                public List<String> headers() { return headers; }
                public int rowCount() { return rows.size(); }
                public List<SheetRow> first(int n) { return rows.subList(0, Math.min(n, rows.size())); }
                public void forEachRow(Consumer<SheetRow> action) { rows.forEach(action); }
                public void close() { }
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
