package cn.wulian.liancai.shared.rest;

import java.util.Map;

/** The one shape of every API error: a sentence for people and, for bad input, a message per field. */
public record ErrorBody(String error, Map<String, String> fields) {

    public static ErrorBody of(String error) {
        return new ErrorBody(error, Map.of());
    }
}
