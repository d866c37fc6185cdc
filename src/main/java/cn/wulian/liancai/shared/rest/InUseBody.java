package cn.wulian.liancai.shared.rest;

import java.util.List;
import java.util.Map;

/**
 * {@link ErrorBody}'s shape for a refused delete, with the records that still refer to the one
 * to be deleted ({@code total} counts those not named too).
 */
public record InUseBody(String error, Map<String, String> fields, List<Referrer> references, long total) {

    /** one referring record; {@code role} in the reader's language, or null */
    public record Referrer(String kind, long id, String label, String role) {
    }
}
