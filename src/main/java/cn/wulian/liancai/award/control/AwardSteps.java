package cn.wulian.liancai.award.control;

import static cn.wulian.liancai.shared.JsonApi.JSON;

import cn.wulian.liancai.award.entity.AwardCycle;
import cn.wulian.liancai.award.entity.CategoryQuota;
import cn.wulian.liancai.award.entity.Criterion;
import cn.wulian.liancai.award.entity.ReviewAssignment;
import cn.wulian.liancai.award.entity.ReviewRevision;
import cn.wulian.liancai.award.entity.Rubric;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonException;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The particulars of an award's steps as the trail stores them: data (a JSON object), never a
 * sentence, so that every reader gets them in their own language ({@code AwardStepWords}). An
 * entry written before the particulars were data is a sentence in English; {@link #read} tells
 * the two apart.
 */
public final class AwardSteps {

    private AwardSteps() {
    }

    /** the cycle's set-up after a change: its name, windows, categories with their quotas, committee, rubric and basis */
    public static String setUp(AwardCycle c) {
        JsonObjectBuilder categories = JSON.createObjectBuilder();
        c.categories().forEach((CategoryQuota q) -> categories.add(q.code(), q.quota()));
        JsonObjectBuilder rubric = JSON.createObjectBuilder();
        c.rubric().criteria().forEach((Criterion k) -> rubric.add(k.name(), k.weight()));
        JsonArrayBuilder committee = JSON.createArrayBuilder();
        c.committee().forEach(committee::add);
        return JSON.createObjectBuilder().add("name", c.getName())
                .add("nominationOpens", c.getNominationOpens().toString()).add("nominationCloses", c.getNominationCloses().toString())
                .add("reviewOpens", c.getReviewOpens().toString()).add("reviewCloses", c.getReviewCloses().toString())
                .add("categories", categories).add("committee", committee).add("reviewersPerNomination", c.getReviewersPerNomination())
                .add("basis", c.getBasis().name()).add("rubric", rubric).add("rule", c.getRuleJson()).build().toString();
    }

    public static String nominated(String category, long talent) {
        return JSON.createObjectBuilder().add("category", category).add("talent", talent).build().toString();
    }

    public static String assigned(String reviewer, boolean automatic) {
        return JSON.createObjectBuilder().add("reviewer", reviewer).add("auto", automatic).build().toString();
    }

    /**
     * a sheet submitted: its revision, total and scores by the criteria's names in the rubric's
     * order; after the others' sheets were seen, when
     */
    public static String scored(ReviewRevision r, Rubric rubric, Instant othersSeenAt) {
        Map<String, Integer> given = new LinkedHashMap<>(r.sheet().scores());
        JsonObjectBuilder scores = JSON.createObjectBuilder();
        for (Criterion c : rubric.criteria()) {
            Integer score = given.remove(c.code());
            if (score != null) {
                scores.add(c.name(), score);
            }
        }
        given.forEach((code, score) -> scores.add(code, score.intValue())); // a criterion the rubric no longer has, by its code
        JsonObjectBuilder o = JSON.createObjectBuilder().add("revision", r.getRevision()).add("total", r.getTotal()).add("scores", scores);
        if (r.getChangeReason() != null) {
            o.add("reason", r.getChangeReason());
        }
        return late(o, othersSeenAt);
    }

    /** a conflict declared, and when the others' sheets had been seen if it was after */
    public static String conflict(String reason, Instant othersSeenAt) {
        return late(JSON.createObjectBuilder().add("reason", reason), othersSeenAt);
    }

    private static String late(JsonObjectBuilder o, Instant othersSeenAt) {
        if (othersSeenAt != null) {
            o.add("othersSeenAt", othersSeenAt.toString());
        }
        return o.build().toString();
    }

    public static String decided(boolean winner, String justification) {
        JsonObjectBuilder o = JSON.createObjectBuilder().add("winner", winner);
        if (winner && justification != null) {
            o.add("justification", justification);
        }
        return o.build().toString();
    }

    public static String published(LocalDate noticeEndsOn) {
        return JSON.createObjectBuilder().add("noticeUntil", String.valueOf(noticeEndsOn)).build().toString();
    }

    /** the office's answer to a flag: which kind, whose, the revision it was about and the one that counts afterwards */
    public static String settled(ReviewAssignment.Flag flag, String reviewer, int revision, int counted, boolean confirmed) {
        return JSON.createObjectBuilder().add("flag", flag.name()).add("reviewer", reviewer).add("revision", revision)
                .add("counted", counted).add("confirmed", confirmed).build().toString();
    }

    /** the particulars as data; null for an entry written as a sentence (before they were data) or with none */
    public static JsonObject read(String detail) {
        if (detail == null || !detail.startsWith("{")) {
            return null;
        }
        try (var reader = JSON.createReader(new StringReader(detail))) {
            return reader.readObject();
        } catch (JsonException | ClassCastException e) {
            return null;
        }
    }
}
