package cn.wulian.liancai.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.wulian.liancai.award.boundary.AwardJsonViews;
import cn.wulian.liancai.support.boundary.PolicyJson;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** the records with a JSON rule travel through a replicated session and come back equal */
class SerializedRecordTest {

    private static final JsonObject RULE = Json.createObjectBuilder()
            .add("all", Json.createArrayBuilder().add(Json.createObjectBuilder().add("field", "degree").add("in",
                    Json.createArrayBuilder().add("博士").add("硕士")))).build();

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }

    @Test
    void aPolicyWithItsRuleComesBackEqual() throws Exception {
        PolicyJson policy = new PolicyJson("space", 3, true, "免租场地", "说明", "TEAM", RULE, "不限条件", "SPACE", new BigDecimal("200"), 36,
                null, "200 平方米 × 36 个月", null, 1, null, new BigDecimal("5000.00"), LocalDate.of(2026, 1, 1), null, true,
                Instant.parse("2026-01-01T00:00:00Z"), "office", null, null);
        PolicyJson back = roundTrip(policy);
        assertEquals(policy, back);
        assertEquals(RULE, back.rule());
        // inside a list, as a view holds them
        assertEquals(List.of(policy, policy), roundTrip(new java.util.ArrayList<>(List.of(policy, policy))));
    }

    @Test
    void anAwardCycleWithoutARuleOrWithJsonNullComesBackEqual() throws Exception {
        for (JsonValue rule : new JsonValue[] {null, JsonValue.NULL, RULE}) {
            AwardJsonViews.CycleJson cycle = new AwardJsonViews.CycleJson(7, 2026, "2026 年杰出莲才奖", LocalDate.of(2026, 3, 1),
                    LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 2), LocalDate.of(2026, 5, 1), List.of(), List.of(), List.of("reviewer1"),
                    rule, null, 3, "MEAN", new BigDecimal("2.5"), "DRAFT", null, null, null, 0, 4);
            AwardJsonViews.CycleJson back = roundTrip(cycle);
            assertEquals(cycle, back);
            if (rule == null) {
                assertNull(back.rule());
            }
        }
    }
}
