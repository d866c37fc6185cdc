package cn.wulian.liancai.rules.control;

import cn.wulian.liancai.rules.entity.Outcome;
import java.util.Locale;
import java.util.stream.Stream;

/** Why a subject failed a rule, in one line of the reader's language: the sentences of the conditions that failed. */
public final class FailedConditions {

    private FailedConditions() {
    }

    public static String text(Outcome outcome, Wording wording, Locale locale) {
        // each sentence has its own "；" between value and requirement, so they are set apart as sentences
        String separator = "en".equals(locale.getLanguage()) ? ". " : "。";
        return String.join(separator, sentences(outcome, wording).toList());
    }

    static Stream<String> sentences(Outcome outcome, Wording wording) {
        if (outcome.passed()) {
            return Stream.empty();
        }
        return switch (outcome) {
            case Outcome.OfGroup g -> g.parts().stream().flatMap(p -> sentences(p, wording));
            case Outcome.OfCondition c -> Stream.of(wording.sentence(c));
        };
    }
}
