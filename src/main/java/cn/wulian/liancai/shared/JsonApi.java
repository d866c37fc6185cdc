package cn.wulian.liancai.shared;

import static cn.wulian.liancai.shared.JsonApi.JSON;

import jakarta.json.spi.JsonProvider;

/**
 * The one JSON-P provider of the app. {@code JSON.createObjectBuilder()} and its siblings look the
 * provider up again on every call — a service-loader walk over the class path, with file and jar
 * look-ups — which made every audit entry cost more than the change it recorded (an import spent
 * most of its time there). Looked up once here; use {@code JSON.createObjectBuilder()} instead.
 */
public final class JsonApi {

    public static final JsonProvider JSON = JsonProvider.provider();

    private JsonApi() {
    }
}
