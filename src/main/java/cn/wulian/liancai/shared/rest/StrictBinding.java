package cn.wulian.liancai.shared.rest;

import cn.wulian.liancai.shared.JsonApi;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.NoContentException;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The API's JSON binding, which reads what it is given as it is or refuses it, naming the body's field
 * (400, {@code DomainErrorMappers.unreadable}):
 * <ul>
 * <li>whole numbers exactly: the binder's own reading narrowed whatever it was given, so a score of
 * 4294967301 became 5 and a birth year of 1985.7 became 1985, saved as if the caller had sent them;</li>
 * <li>text without control characters other than tab and line breaks: a NUL in a team's name was
 * saved, and written raw into the lists' CSV exports;</li>
 * <li>each value as the JSON type its field holds: text as a string, numbers as numbers, a map (a review's scores) as
 * an object. Read leniently, {@code "scores":[1,2]} was taken as no scores and wiped a reviewer's draft, and
 * {@code "reason":123} declared a conflict of interest; a caller that sends the wrong type has a bug to hear about.</li>
 * </ul>
 * It reads the API's JSON bodies itself, as well as lending its binding to Jersey. As a reader it ties with Jersey's
 * JSON-B reader (same type, same media type; Jersey's order among equals is set anew at each start), and that reader
 * looks the binding up among resolvers that tie too: on some starts every body was read by a default binding, {@code
 * 123} taken as the text "123" and a NUL saved in a name. So it also stands around every reading as an interceptor,
 * which Jersey always runs, and reads a JSON body there, before any reader is chosen.
 */
@Provider
@Priority(Priorities.USER) // inside RequiredBody, which answers a body that is not there
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class StrictBinding implements ContextResolver<Jsonb>, MessageBodyReader<Object>, ReaderInterceptor {

    /** how its refusals begin, for the 400 to name what was wrong ({@code DomainErrorMappers.unreadable}) */
    static final String NOT_WHOLE = "not a whole number";
    static final String CONTROL_CHARACTER = "a control character";
    static final String NOT_TEXT = "not text";
    static final String NOT_A_NUMBER = "not a number";
    static final String OUT_OF_RANGE = "a number out of any sane range";
    static final String NOT_AN_OBJECT = "not an object";
    /** the message key of a field the body's record does not have */
    static final String UNKNOWN_FIELD = "validation.unknownField";

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withDeserializers(
            new WholeInt(), new WholeLong(), new WholeShort(), new Text(), new Decimal(), new IntegerMap(), new LongMap(), new TextMap()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    /** how a JSON value other than an object or null begins: an array, a string, a number, true or false */
    private static final String OTHER_JSON_VALUE = "[\"-0123456789tf";

    private static boolean expectsAnObject(Class<?> type) {
        return !type.isArray() && !java.util.Collection.class.isAssignableFrom(type) && !type.isPrimitive()
                && !Number.class.isAssignableFrom(type) && type != String.class && type != Boolean.class;
    }

    /** a body bound to a type of the app's (JSON-P values, text and bytes are read by Jersey's readers for them) */
    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return !JsonValue.class.isAssignableFrom(type) && !InputStream.class.isAssignableFrom(type) && !Reader.class.isAssignableFrom(type)
                && type != String.class && type != byte[].class;
    }

    /** a JSON body to a type of the app's, read here; anything else (a form, a file, JSON-P values) by its reader */
    @Override
    @SuppressWarnings("unchecked")
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        boolean json = type != null && "application".equals(type.getType())
                && ("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json"));
        if (!json || !isReadable(context.getType(), context.getGenericType(), context.getAnnotations(), type)) {
            return context.proceed();
        }
        // no body, or a bare null: answered by RequiredBody, around this
        return readFrom((Class<Object>) context.getType(), context.getGenericType(), context.getAnnotations(), type,
                context.getHeaders(), context.getInputStream());
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> headers, InputStream entity) throws IOException {
        PushbackInputStream body = new PushbackInputStream(entity, 1);
        int first = body.read();
        while (first == ' ' || first == '\t' || first == '\n' || first == '\r') {
            first = body.read();
        }
        if (first < 0) {
            throw new NoContentException("a JSON body is required"); // answered as the API's missing body (RequiredBody)
        }
        body.unread(first);
        // valid JSON of another kind ([], "abc", 123) where a record is read: said so, not "not valid JSON"
        if (OTHER_JSON_VALUE.indexOf(first) >= 0 && expectsAnObject(type)) {
            throw new JsonbException(NOT_AN_OBJECT + ": the body");
        }
        if (!type.isRecord()) {
            return JSONB.fromJson(body, genericType);
        }
        JsonValue read;
        try (JsonParser parser = JsonApi.JSON.createParser(body)) { // detects the encoding, and a byte order mark
            parser.next();
            read = parser.getValue();
            if (parser.hasNext()) { // more after the value: {"name":"a"} x
                throw new JsonException("more after the body's value");
            }
        } catch (JsonException | java.util.NoSuchElementException notJson) {
            throw new JsonbException("not valid JSON", notJson);
        }
        Map<String, String> refused = new LinkedHashMap<>();
        unknownFields(read, genericType, null, "", refused);
        if (refused.isEmpty()) {
            try {
                return JSONB.fromJson(read.toString(), genericType);
            } catch (JsonbException unreadable) {
                // read field by field below, only now: a body read whole is the usual case, and costs one binding
            }
        }
        unreadableFields(read, type, refused);
        if (refused.isEmpty()) {
            return JSONB.fromJson(read.toString(), genericType); // refused as a whole, as the binder says
        }
        throw new Refused(refused);
    }

    /** a body's fields that could not be read, each named with why, for the 400 to name them all at once */
    public static final class Refused extends JsonbException {
        private final transient Map<String, String> fields;

        Refused(Map<String, String> fields) {
            super("fields refused: " + fields);
            this.fields = Map.copyOf(fields);
        }

        public Map<String, String> fields() {
            return fields;
        }
    }

    /**
     * Names the fields the body's records do not have, at any depth. Passed over silently they lost data: a PUT
     * replaces every field, so {@code "phon":"139…"} erased the talent's phone and answered 200. A record's
     * {@link Echoes} lends its names to the record and, field by field, to the records within (an award cycle's
     * categories read back with their names). A field within is named by its path: {@code categories[0].nam}.
     */
    static void unknownFields(JsonValue value, Type type, Type echo, String path, Map<String, String> refused) {
        Class<?> raw = raw(type);
        if (raw == null) {
            return;
        }
        if (raw.isRecord() && value.getValueType() == JsonValue.ValueType.OBJECT) {
            Map<String, Type> fields = fields(raw);
            Map<String, Type> echoed = new LinkedHashMap<>();
            Echoes echoes = raw.getAnnotation(Echoes.class);
            if (echoes != null) {
                echoed.putAll(fields(echoes.value()));
            }
            Class<?> echoRaw = raw(echo);
            if (echoRaw != null && echoRaw.isRecord()) {
                echoed.putAll(fields(echoRaw));
            }
            value.asJsonObject().forEach((name, field) -> {
                Type fieldType = fields.get(name);
                if (fieldType != null) {
                    unknownFields(field, fieldType, echoed.get(name), path + name + ".", refused);
                } else if (!echoed.containsKey(name)) {
                    refused.putIfAbsent(path + name, UNKNOWN_FIELD);
                }
            });
        } else if (java.util.Collection.class.isAssignableFrom(raw) && value.getValueType() == JsonValue.ValueType.ARRAY
                && type instanceof ParameterizedType listType) {
            Type echoElement = echo instanceof ParameterizedType echoList ? echoList.getActualTypeArguments()[0] : null;
            String list = path.endsWith(".") ? path.substring(0, path.length() - 1) : path;
            for (int i = 0; i < value.asJsonArray().size(); i++) {
                unknownFields(value.asJsonArray().get(i), listType.getActualTypeArguments()[0], echoElement, list + "[" + i + "].", refused);
            }
        } else if (Map.class.isAssignableFrom(raw) && value.getValueType() == JsonValue.ValueType.OBJECT
                && type instanceof ParameterizedType map) {
            value.asJsonObject().forEach((key, element) ->
                    unknownFields(element, map.getActualTypeArguments()[1], null, path + key + ".", refused));
        }
    }

    /**
     * Reads each of a record's fields on its own, so that a body with a date that is no date and a year that is no
     * number names both; read whole, the binder stops at the first.
     */
    private static void unreadableFields(JsonValue value, Class<?> record, Map<String, String> refused) {
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            return;
        }
        Map<String, Type> fields = fields(record);
        value.asJsonObject().forEach((name, field) -> {
            if (!fields.containsKey(name) || field.getValueType() == JsonValue.ValueType.NULL || refused.containsKey(name)) {
                return;
            }
            try {
                // the record with this field alone, so that the binder reads it as it reads it in the whole body
                JSONB.fromJson(JsonApi.JSON.createObjectBuilder().add(name, field).build().toString(), record);
            } catch (JsonbException e) {
                refused.putIfAbsent(name, DomainErrorMappers.why(e));
            }
        });
    }

    /** what a record's fields are called in JSON, with their types */
    private static Map<String, Type> fields(Class<?> record) {
        Map<String, Type> fields = new LinkedHashMap<>();
        for (RecordComponent component : record.getRecordComponents()) {
            fields.put(component.getName(), component.getGenericType());
        }
        return fields;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        return type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c ? c : null;
    }

    /** a string without control characters but tab, line feed and carriage return */
    static final class Text implements JsonbDeserializer<String> {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context, Type rtType) {
            return read(parser.getValue());
        }

        static String read(JsonValue value) {
            if (value.getValueType() == JsonValue.ValueType.NULL) {
                return null;
            }
            if (value.getValueType() != JsonValue.ValueType.STRING) {
                throw new JsonbException(NOT_TEXT + ": " + value.getValueType());
            }
            String text = ((JsonString) value).getString();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                    throw new JsonbException(CONTROL_CHARACTER + " U+" + String.format("%04X", (int) c) + " in the text");
                }
            }
            return text;
        }
    }

    // one class per type: the binder tells which type a deserializer reads by its class's type argument
    static final class WholeInt extends Whole<Integer> {
        WholeInt() {
            super(Integer.MIN_VALUE, Integer.MAX_VALUE, BigDecimal::intValueExact);
        }
    }

    static final class WholeLong extends Whole<Long> {
        WholeLong() {
            super(Long.MIN_VALUE, Long.MAX_VALUE, BigDecimal::longValueExact);
        }
    }

    static final class WholeShort extends Whole<Short> {
        WholeShort() {
            super(Short.MIN_VALUE, Short.MAX_VALUE, BigDecimal::shortValueExact);
        }
    }

    static JsonbException notANumber(JsonValue value) {
        return new JsonbException(NOT_A_NUMBER + ": " + value.getValueType());
    }

    /**
     * An amount or an area: a number of sane size (1.5e400 is no amount, and was read as one), as a JSON number or as a
     * decimal string ({@code "250000000.50"}: how money keeps its cents through clients that read numbers as doubles).
     */
    static final class Decimal implements JsonbDeserializer<BigDecimal> {
        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context, Type rtType) {
            JsonValue value = parser.getValue();
            BigDecimal number = switch (value.getValueType()) {
                case NUMBER -> ((JsonNumber) value).bigDecimalValue();
                case STRING -> {
                    try {
                        yield new BigDecimal(((JsonString) value).getString().strip());
                    } catch (NumberFormatException notADecimal) {
                        throw notANumber(value);
                    }
                }
                case NULL -> null;
                default -> throw notANumber(value);
            };
            if (number != null && number.signum() != 0 && (number.precision() - number.scale() > 30 || number.scale() > 30)) {
                throw new JsonbException(OUT_OF_RANGE + ": " + number);
            }
            return number;
        }
    }

    /**
     * The maps the API's bodies hold ({@code {"impact":8}}: a review's scores and comments, a batch's versions), each
     * value read as its type. The binder's own reading took an array for a map of entries, so {@code [1,2]} became an
     * empty map. One class per map type: the binder matches a deserializer to a field by the exact type.
     */
    static final class IntegerMap implements JsonbDeserializer<Map<String, Integer>> {
        @Override
        public Map<String, Integer> deserialize(JsonParser parser, DeserializationContext context, Type rtType) {
            return textKeyed(parser, new WholeInt()::read);
        }
    }

    static final class LongMap implements JsonbDeserializer<Map<String, Long>> {
        @Override
        public Map<String, Long> deserialize(JsonParser parser, DeserializationContext context, Type rtType) {
            return textKeyed(parser, new WholeLong()::read);
        }
    }

    static final class TextMap implements JsonbDeserializer<Map<String, String>> {
        @Override
        public Map<String, String> deserialize(JsonParser parser, DeserializationContext context, Type rtType) {
            return textKeyed(parser, Text::read);
        }
    }

    private static <V> Map<String, V> textKeyed(JsonParser parser, Function<JsonValue, V> reading) {
        JsonValue value = parser.getValue();
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new JsonbException(NOT_AN_OBJECT + ": " + value.getValueType());
        }
        Map<String, V> read = new LinkedHashMap<>();
        value.asJsonObject().forEach((key, entry) -> read.put(key, reading.apply(entry)));
        return read;
    }

    /** a whole number within {@code min..max}, else a refusal the binder reports with the property's name */
    abstract static class Whole<T extends Number> implements JsonbDeserializer<T> {
        private final long min;
        private final long max;
        private final Function<BigDecimal, T> exact;

        Whole(long min, long max, Function<BigDecimal, T> exact) {
            this.min = min;
            this.max = max;
            this.exact = exact;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context, Type rtType) {
            return read(parser.getValue());
        }

        T read(JsonValue value) {
            return switch (value.getValueType()) {
                case NUMBER -> {
                    BigDecimal number = ((JsonNumber) value).bigDecimalValue();
                    // before any exact conversion: 1e400000000 would otherwise be expanded digit by digit
                    if (number.signum() != 0 && (number.precision() - number.scale() > 20 || number.scale() > 20)) {
                        throw refused(number.toString());
                    }
                    try {
                        yield exact.apply(number.stripTrailingZeros());
                    } catch (ArithmeticException notWholeOrTooLarge) {
                        throw refused(number.toPlainString());
                    }
                }
                case NULL -> null;
                default -> throw notANumber(value);
            };
        }

        private JsonbException refused(String value) {
            return new JsonbException(NOT_WHOLE + " from " + min + " to " + max + ": " + value);
        }
    }
}
