package cn.wulian.liancai.shared.imports.boundary;

import static cn.wulian.liancai.shared.JsonApi.JSON;

import cn.wulian.liancai.shared.imports.control.MappedRow;
import cn.wulian.liancai.shared.imports.control.SheetRow;
import cn.wulian.liancai.shared.imports.entity.ImportBatch;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A file's columns, in order, and the field each is mapped to (null: the column is left out),
 * stored as a JSON array of the same length; the header row likewise.
 */
final class ImportMapping {

    private ImportMapping() {
    }

    static String format(List<String> values) {
        JsonArrayBuilder a = JSON.createArrayBuilder();
        for (String v : values) {
            if (v == null || v.isBlank()) {
                a.addNull();
            } else {
                a.add(v);
            }
        }
        return a.build().toString();
    }

    static List<String> parse(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try (JsonReader r = JSON.createReader(new StringReader(json))) {
            JsonArray a = r.readArray();
            List<String> values = new ArrayList<>();
            for (JsonValue v : a) {
                values.add(v.getValueType() == JsonValue.ValueType.STRING ? ((jakarta.json.JsonString) v).getString() : null);
            }
            return values;
        }
    }

    static MappedRow apply(List<String> mapping, SheetRow row) {
        Map<String, String> cells = new HashMap<>();
        for (int c = 0; c < mapping.size(); c++) {
            if (mapping.get(c) != null) {
                cells.put(mapping.get(c), row.cell(c));
            }
        }
        return new MappedRow(row.number(), cells);
    }

    /** field → the header of the column mapped to it, to name the column in the report */
    static Map<String, String> columnsByField(ImportBatch batch) {
        List<String> mapping = parse(batch.getMapping());
        List<String> headers = parse(batch.getHeaders());
        Map<String, String> columns = new LinkedHashMap<>();
        for (int c = 0; c < mapping.size(); c++) {
            if (mapping.get(c) != null) {
                columns.put(mapping.get(c), c < headers.size() ? headers.get(c) : null);
            }
        }
        return columns;
    }
}
