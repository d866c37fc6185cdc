package cn.wulian.liancai.rules.entity;

import java.util.List;
import java.util.Optional;

/** The facts that rules about one kind of subject may use, by name. */
public record FactCatalog(SubjectKind kind, List<Fact> facts) {

    public FactCatalog {
        facts = List.copyOf(facts);
    }

    public Optional<Fact> fact(String name) {
        return facts.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    public List<String> names() {
        return facts.stream().map(Fact::name).toList();
    }
}
