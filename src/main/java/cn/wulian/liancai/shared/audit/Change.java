package cn.wulian.liancai.shared.audit;

import java.io.Serializable;
import static cn.wulian.liancai.shared.JsonApi.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/** One field of a record before and after a change; null where the field had, or has, no value. */
public record Change(String field, String before, String after) implements Serializable {

    /** a value longer than this is kept cut, so that a long text or a review sheet cannot swell the trail */
    static final int LONGEST = 2000;

    public Change {
        before = cut(before);
        after = cut(after);
    }

    private static String cut(String value) {
        return value == null || value.length() <= LONGEST ? value : value.substring(0, LONGEST) + "…";
    }

    static String toJson(List<Change> changes) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        for (Change c : changes) {
            JsonObjectBuilder o = JSON.createObjectBuilder().add("f", c.field());
            if (c.before() != null) {
                o.add("b", c.before());
            }
            if (c.after() != null) {
                o.add("a", c.after());
            }
            array.add(o);
        }
        return array.build().toString();
    }

    static List<Change> fromJson(String json) {
        List<Change> changes = new ArrayList<>();
        if (json == null || json.isBlank()) {
            return changes;
        }
        try (var reader = JSON.createReader(new StringReader(json))) {
            JsonArray array = reader.readArray();
            for (JsonValue v : array) {
                JsonObject o = v.asJsonObject();
                changes.add(new Change(o.getString("f"), text(o, "b"), text(o, "a")));
            }
        }
        return changes;
    }

    private static String text(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v instanceof JsonString s ? s.getString() : null;
    }
}
