package cn.wulian.liancai.dashboard.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The province (or "abroad") of each city talents live in, from {@code data-seed/cities.csv}: a
 * short list of the cities Wulian's talents go to, extended in the file when a new one appears (a
 * city it does not name is counted under "other places").
 */
public final class Provinces {

    static final String FILE = "data-seed/cities.csv";

    private static final Map<String, String[]> BY_CITY = load();

    private Provinces() {
    }

    /** city (Simplified) → its province in the reader's language */
    public static Map<String, String> of(boolean english) {
        Map<String, String> map = new LinkedHashMap<>();
        BY_CITY.forEach((city, province) -> map.put(city, english ? province[1] : province[0]));
        return map;
    }

    private static Map<String, String[]> load() {
        Map<String, String[]> byCity = new LinkedHashMap<>();
        try (InputStream in = Provinces.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("missing from the package: " + FILE);
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            lines.readLine();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] cells = line.split(",", -1);
                if (cells.length >= 3 && !cells[0].isBlank()) {
                    byCity.put(Places.fold(cells[0]), new String[] {cells[1].strip(), cells[2].strip()});
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(byCity);
    }
}
