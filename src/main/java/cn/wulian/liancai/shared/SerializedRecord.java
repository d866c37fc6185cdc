package cn.wulian.liancai.shared;

import static cn.wulian.liancai.shared.JsonApi.JSON;

import jakarta.json.JsonValue;
import java.io.ObjectStreamException;
import java.io.Serial;
import java.io.Serializable;
import java.io.StringReader;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;

/**
 * The serialized form of a record that carries JSON values (a policy's or an award cycle's rule):
 * JSON-P's values do not serialize, so a session that holds such a record could not be handed to
 * another instance. A record declares {@code private Object writeReplace() { return
 * SerializedRecord.of(this); }}; its components are written as they are, JSON values as their text,
 * and read back through the canonical constructor.
 */
public final class SerializedRecord implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Class<? extends Record> type;
    private final Object[] values;
    private final boolean[] json;

    private SerializedRecord(Class<? extends Record> type, Object[] values, boolean[] json) {
        this.type = type;
        this.values = values;
        this.json = json;
    }

    public static SerializedRecord of(Record record) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        boolean[] json = new boolean[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                Object value = components[i].getAccessor().invoke(record);
                json[i] = value instanceof JsonValue;
                values[i] = json[i] ? value.toString() : value;
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + record.getClass().getName(), e);
        }
        return new SerializedRecord(record.getClass(), values, json);
    }

    @Serial
    private Object readResolve() throws ObjectStreamException {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] arguments = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            arguments[i] = json[i] ? JSON.createReader(new StringReader((String) values[i])).readValue() : values[i];
        }
        try {
            Constructor<? extends Record> canonical = type.getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return canonical.newInstance(arguments);
        } catch (ReflectiveOperationException e) {
            java.io.InvalidObjectException failure = new java.io.InvalidObjectException("cannot rebuild " + type.getName());
            failure.initCause(e);
            throw failure;
        }
    }
}
