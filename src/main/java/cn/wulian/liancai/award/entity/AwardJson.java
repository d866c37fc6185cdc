package cn.wulian.liancai.award.entity;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.lang.reflect.Type;

/** The JSON of a cycle's set-up, a nomination's achievements and a review sheet, as stored. */
public final class AwardJson {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private AwardJson() {
    }

    public static String text(Object value) {
        return JSONB.toJson(value);
    }

    public static <T> T read(String text, Type type) {
        return JSONB.fromJson(text, type);
    }
}
