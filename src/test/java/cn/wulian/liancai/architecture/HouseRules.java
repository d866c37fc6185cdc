package cn.wulian.liancai.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The dependency rule of the house, as ArchUnit rules over the compiled classes under a root
 * package (the application's, or a test fixture's, so that the rules themselves are shown to catch
 * what they should). Written down for people in the root package's {@code package-info.java}.
 */
final class HouseRules {

    /**
     * The features from the bottom up. A feature may use the features of the levels below its own,
     * never one of its own level or above; where a lower feature must learn of a higher one, it
     * declares a contract (an interface or a CDI event) that the higher one implements.
     */
    static final List<List<String>> LEVELS = List.of(
            List.of("shared"),
            List.of("search", "place"),
            List.of("platform"),
            List.of("account"),
            List.of("talent"),
            List.of("team"),
            List.of("project"),
            List.of("rules"),
            List.of("support", "award", "service"),
            List.of("dashboard", "workbench", "network"),
            List.of("backup"),
            List.of("seed"));

    private HouseRules() {
    }

    static List<String> features() {
        return LEVELS.stream().flatMap(List::stream).toList();
    }

    static List<ArchRule> of(String root) {
        List<ArchRule> rules = new ArrayList<>();
        for (int level = 0; level < LEVELS.size(); level++) {
            List<String> notBelow = LEVELS.subList(level, LEVELS.size()).stream().flatMap(List::stream).toList();
            for (String feature : LEVELS.get(level)) {
                String[] forbidden = notBelow.stream().filter(f -> !f.equals(feature)).map(f -> root + "." + f + "..").toArray(String[]::new);
                if (forbidden.length > 0) {
                    rules.add(noClasses().that().resideInAPackage(root + "." + feature + "..")
                            .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                            .as("'" + feature + "' uses only the features below it, never " + String.join(", ", Stream.of(forbidden)
                                    .map(p -> p.substring(root.length() + 1, p.length() - 2)).toList()))
                            .allowEmptyShould(true));
                }
                // inside a feature: entity → control → boundary, never back
                rules.add(noClasses().that().resideInAPackage(root + "." + feature + ".control..")
                        .should().dependOnClassesThat().resideInAPackage(root + "." + feature + ".boundary..")
                        .as("'" + feature + ".control' does not use its own boundary").allowEmptyShould(true));
            }
        }
        rules.add(noClasses().that().resideInAPackage(root + "..entity..")
                .should().dependOnClassesThat().resideInAnyPackage(root + "..boundary..", root + "..control..")
                .as("entities use no boundary and no control, of any feature").allowEmptyShould(true));
        rules.add(slices().matching(root + ".(*)..").should().beFreeOfCycles()
                .as("no cycles between features").allowEmptyShould(true));
        return rules;
    }
}
