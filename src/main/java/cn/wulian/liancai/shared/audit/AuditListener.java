package cn.wulian.liancai.shared.audit;

import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.internal.sessions.AbstractRecord;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.sessions.DatabaseRecord;
import org.eclipse.persistence.internal.sessions.UnitOfWorkImpl;
import org.eclipse.persistence.mappings.AggregateCollectionMapping;
import org.eclipse.persistence.mappings.CollectionMapping;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DatabaseMapping.WriteType;
import org.eclipse.persistence.mappings.DirectCollectionMapping;
import org.eclipse.persistence.mappings.DirectToFieldMapping;
import org.eclipse.persistence.mappings.OneToOneMapping;

/**
 * Writes an entry for every insert, update and delete of an entity, with the fields before and
 * after, while the persistence provider commits them: one mechanism for every feature, which no
 * boundary can forget, and in the same transaction. Features add entries of their own for what is
 * more than a field change (a log-in, a view of personal data, a decision) through
 * {@link AuditTrail}.
 *
 * <p>The values before an update come from the unit of work's backup copy, which is why change
 * tracking by weaving is switched off in {@code persistence.xml}. A reference is written as the
 * record it names ({@code TALENT:12}), read from the foreign key without loading it; an element
 * collection (a team's members) as its elements, compared only when it was loaded, since one not
 * loaded cannot have changed.
 */
final class AuditListener extends DescriptorEventAdapter {

    private final ClassDescriptor descriptor;
    private final Clock clock;
    private final String kind;
    private List<Part> parts;
    private OneToOneMapping owner;

    private AuditListener(ClassDescriptor descriptor, Clock clock) {
        this.descriptor = descriptor;
        this.clock = clock;
        this.kind = RecordRef.kindOf(descriptor.getJavaClass());
    }

    /** listens to every entity of the session but the trail itself and bookkeeping marked {@link NotAudited} */
    static void listenTo(Collection<ClassDescriptor> descriptors, Clock clock) {
        for (ClassDescriptor d : descriptors) {
            Class<?> type = d.getJavaClass();
            if (!d.isAggregateDescriptor() && !d.isAggregateCollectionDescriptor() && type != AuditEntry.class
                    && !type.isAnnotationPresent(NotAudited.class)) {
                d.getEventManager().addListener(new AuditListener(d, clock));
            }
        }
    }

    @Override
    public void postInsert(DescriptorEvent event) {
        write(event, "CREATED", null, event.getObject());
    }

    @Override
    public void postUpdate(DescriptorEvent event) {
        Object backup = event.getSession() instanceof UnitOfWorkImpl uow ? uow.getBackupClone(event.getObject(), descriptor) : null;
        write(event, "UPDATED", backup, event.getObject());
    }

    @Override
    public void postDelete(DescriptorEvent event) {
        write(event, "DELETED", event.getObject(), null);
    }

    private void write(DescriptorEvent event, String action, Object before, Object after) {
        AbstractSession session = event.getSession();
        Object object = event.getObject();
        Map<String, String> old = before == null ? Map.of() : snapshot(before, session);
        Map<String, String> now = after == null ? Map.of() : snapshot(after, session);
        List<Change> changes = new ArrayList<>();
        Set<String> fields = new LinkedHashSet<>(old.keySet());
        fields.addAll(now.keySet());
        for (String field : fields) {
            String b = old.get(field);
            String a = now.get(field);
            if (!Objects.equals(b, a)) {
                changes.add(new Change(field, b, a));
            }
        }
        if (changes.isEmpty() && "UPDATED".equals(action)) {
            return; // only the version or an unaudited field moved
        }
        Object key = descriptor.getObjectBuilder().extractPrimaryKeyFromObject(object, session);
        Long id = key instanceof Number n ? n.longValue() : null;
        RecordRef record = new RecordRef(kind, id);
        RecordRef subject = ownerOf(object, session);
        AuditWriter.write(session, new AuditWriter.Draft(clock.instant(), Actor.current(), record, subject == null ? record : subject,
                action, changes, id == null && key != null ? String.valueOf(key) : null));
    }

    // ---- what a record holds, field by field, as the trail writes it

    /** how one mapped field is read */
    private interface Part {
        String name();

        /** the value, null for none; {@link #UNREAD} for a collection not loaded */
        String read(Object object, AbstractSession session);
    }

    private static final String UNREAD = "\u0000unread";

    private Map<String, String> snapshot(Object object, AbstractSession session) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Part part : parts()) {
            String value = part.read(object, session);
            if (value != null && !UNREAD.equals(value)) {
                values.put(part.name(), value);
            }
        }
        return values;
    }

    private synchronized List<Part> parts() {
        if (parts == null) {
            parts = partsOf(descriptor);
            for (DatabaseMapping m : descriptor.getMappings()) {
                Field f = field(descriptor.getJavaClass(), m.getAttributeName());
                if (f != null && f.isAnnotationPresent(AuditOwner.class) && m instanceof OneToOneMapping one) {
                    owner = one;
                }
            }
        }
        return parts;
    }

    private static List<Part> partsOf(ClassDescriptor d) {
        List<Part> parts = new ArrayList<>();
        for (DatabaseMapping m : d.getMappings()) {
            Field f = field(d.getJavaClass(), m.getAttributeName());
            if (f != null && (f.isAnnotationPresent(NotAudited.class) || f.isAnnotationPresent(Version.class) || f.isAnnotationPresent(Id.class))) {
                continue;
            }
            String name = m.getAttributeName();
            if (m instanceof DirectToFieldMapping direct) {
                parts.add(part(name, (o, s) -> text(direct.getAttributeValueFromObject(o))));
            } else if (m instanceof OneToOneMapping one && !one.getForeignKeyFields().isEmpty()) {
                parts.add(part(name, (o, s) -> reference(one, o, s)));
            } else if (m instanceof AggregateCollectionMapping elements) {
                parts.add(part(name, (o, s) -> elements(elements, o, s, e -> {
                    List<Part> inner = partsOf(elements.getReferenceDescriptor());
                    return inner.stream().map(p -> {
                        String v = p.read(e, s);
                        return v == null ? null : p.name() + "=" + v;
                    }).filter(Objects::nonNull).collect(Collectors.joining(", "));
                })));
            } else if (m instanceof DirectCollectionMapping values) {
                parts.add(part(name, (o, s) -> elements(values, o, s, AuditListener::text)));
            }
            // a one-to-many is the other side's foreign key: each child writes its own entries
        }
        // in the order the fields are declared, the order a reader knows them from the form
        List<String> declared = new ArrayList<>();
        for (Class<?> c = d.getJavaClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            declared.addAll(0, Arrays.stream(c.getDeclaredFields()).map(Field::getName).toList());
        }
        parts.sort(Comparator.comparingInt(p -> declared.indexOf(p.name())));
        return parts;
    }

    private static Part part(String name, java.util.function.BiFunction<Object, AbstractSession, String> read) {
        return new Part() {
            public String name() { return name; }
            public String read(Object object, AbstractSession session) { return read.apply(object, session); }
        };
    }

    private static String elements(CollectionMapping m, Object object, AbstractSession session, java.util.function.Function<Object, String> text) {
        Object holder = m.getAttributeValueFromObject(object);
        if (!m.getIndirectionPolicy().objectIsInstantiated(holder)) {
            return UNREAD;
        }
        Object collection = m.getRealCollectionAttributeValueFromObject(object, session);
        List<String> items = new ArrayList<>();
        for (Object e : (Collection<?>) collection) {
            items.add(text.apply(e));
        }
        return items.isEmpty() ? null : String.join("; ", items);
    }

    /** the record a reference names, from its foreign key, without loading it */
    private static String reference(OneToOneMapping one, Object object, AbstractSession session) {
        AbstractRecord row = new DatabaseRecord();
        one.writeFromObjectIntoRow(object, row, session, WriteType.UNDEFINED);
        DatabaseField fk = one.getForeignKeyFields().get(0);
        Object value = row.get(fk);
        return value == null ? null : RecordRef.kindOf(one.getReferenceClass()) + ":" + value;
    }

    private RecordRef ownerOf(Object object, AbstractSession session) {
        parts();
        if (owner == null) {
            return null;
        }
        String ref = reference(owner, object, session);
        return ref == null ? null : RecordRef.parse(ref, "owner");
    }

    static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        if (value instanceof byte[] bytes) {
            return bytes.length + " bytes";
        }
        if (value instanceof Collection<?> c) {
            return c.isEmpty() ? null : c.stream().map(AuditListener::text).collect(Collectors.joining("、"));
        }
        String s = value.toString();
        return s.isEmpty() ? null : s;
    }

    private static Field field(Class<?> type, String name) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // declared further up
            }
        }
        return null;
    }
}
