package cn.wulian.liancai.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Fails the build when an import breaks the dependency rule of the house ({@link HouseRules}). */
class ArchitectureTest {

    private static final String ROOT = "cn.wulian.liancai";
    private static final String FIXTURE = "cn.wulian.liancai.architecture.fixture";

    private static JavaClasses application;

    @BeforeAll
    static void importClasses() {
        application = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
    }

    @Test
    void everyImportRunsDownward() {
        // the rules allow an empty selection (a level may have no control package): make sure the classes are there
        assertTrue(application.contain(ROOT + ".talent.entity.Talent") && application.size() > 300, "compiled classes not found");
        StringBuilder broken = new StringBuilder();
        for (ArchRule rule : HouseRules.of(ROOT)) {
            EvaluationResult result = rule.evaluate(application);
            if (result.hasViolation()) {
                broken.append(result.getFailureReport()).append('\n');
            }
        }
        assertTrue(broken.isEmpty(), broken::toString);
    }

    /**
     * {@code jakarta.json.Json.create…} looks the provider up on the class path at every call; the
     * app's JSON goes through the provider looked up once ({@code shared.JsonApi.JSON})
     */
    @Test
    void jsonIsBuiltThroughTheProviderLookedUpOnce() {
        EvaluationResult result = com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
                .should().callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe("a static factory of jakarta.json.Json",
                        call -> call.getTargetOwner().getName().equals("jakarta.json.Json")))
                .evaluate(application);
        assertTrue(!result.hasViolation(), result.getFailureReport()::toString);
    }

    /**
     * The API's bodies ({@code …Input} records and the records within them) hold whole numbers as {@code Integer},
     * {@code Long}: the binder reads those exactly ({@code shared.rest.StrictBinding}), but a primitive {@code int}
     * with its own narrowing reader, which turned a score of 4294967301 into 5.
     */
    @Test
    void requestBodiesHoldWholeNumbersInTypesReadExactly() {
        List<String> primitive = application.stream()
                .filter(c -> c.getName().replaceAll("\\$.*", "").endsWith("Input"))
                .flatMap(c -> c.getFields().stream())
                .filter(f -> !f.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.STATIC))
                .filter(f -> Set.of("int", "long", "short", "byte").contains(f.getRawType().getName()))
                .map(f -> f.getFullName())
                .toList();
        assertTrue(application.contain(ROOT + ".team.boundary.TeamInput$Member"), "the bodies were not found");
        assertEquals(List.of(), primitive);
    }

    /** a new feature must be given its place in the order, or the rule would not see it */
    @Test
    void everyFeatureHasItsPlace() throws IOException {
        Set<String> packages = new TreeSet<>();
        try (Stream<Path> dirs = Files.list(Path.of("src/main/java/cn/wulian/liancai"))) {
            dirs.filter(Files::isDirectory).forEach(d -> packages.add(d.getFileName().toString()));
        }
        assertEquals(new TreeSet<>(HouseRules.features()), packages);
    }

    /** the rules catch what they should: a fixture that breaks each of them once */
    @Test
    void theRulesCatchAnUpwardImport() {
        JavaClasses fixture = new ClassFileImporter().importPackages(FIXTURE);
        List<String> violated = HouseRules.of(FIXTURE).stream()
                .filter(rule -> rule.evaluate(fixture).hasViolation())
                .map(ArchRule::getDescription).toList();
        assertEquals(List.of(
                "'shared' uses only the features below it, never search, place, platform, account, talent, team, project, rules, support, award, service, dashboard, workbench, network, backup, seed",
                "'talent.control' does not use its own boundary",
                "entities use no boundary and no control, of any feature",
                "no cycles between features"), violated);
    }
}
