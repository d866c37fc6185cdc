package cn.wulian.liancai.rules.control;

import cn.wulian.liancai.rules.entity.Fact;
import cn.wulian.liancai.rules.entity.FactCatalog;
import cn.wulian.liancai.rules.entity.SubjectKind;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The facts of one kind of subject, each defined once with the way it is read from the subject,
 * so that what a rule may ask and what the subject answers cannot drift apart.
 */
public final class FactSource<T> {

    private final FactCatalog catalog;
    private final Map<String, BiFunction<T, Clock, Object>> readers;

    private FactSource(SubjectKind kind, Map<Fact, BiFunction<T, Clock, Object>> facts) {
        this.catalog = new FactCatalog(kind, new ArrayList<>(facts.keySet()));
        this.readers = new LinkedHashMap<>();
        facts.forEach((fact, read) -> readers.put(fact.name(), read));
    }

    public static <T> Builder<T> of(SubjectKind kind) {
        return new Builder<>(kind);
    }

    public FactCatalog catalog() {
        return catalog;
    }

    /** fact name → the subject's value, {@code null} where it is not recorded */
    public Map<String, Object> facts(T subject, Clock clock) {
        Map<String, Object> facts = new HashMap<>();
        readers.forEach((name, read) -> facts.put(name, read.apply(subject, clock)));
        return facts;
    }

    public static final class Builder<T> {
        private final SubjectKind kind;
        private final Map<Fact, BiFunction<T, Clock, Object>> facts = new LinkedHashMap<>();

        private Builder(SubjectKind kind) {
            this.kind = kind;
        }

        public Builder<T> add(Fact fact, BiFunction<T, Clock, Object> read) {
            facts.put(fact, read);
            return this;
        }

        public FactSource<T> build() {
            return new FactSource<>(kind, facts);
        }
    }
}
