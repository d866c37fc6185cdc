package cn.wulian.liancai.support.boundary;

import cn.wulian.liancai.rules.control.Verdict;
import java.time.LocalDate;
import java.util.List;

/**
 * Which current policies one talent, team or project qualifies for on a day, and why: for each
 * policy the verdict of its rule condition by condition.
 */
public record EligibilityJson(String kind, long id, String name, LocalDate on, List<Policy> policies) {

    /**
     * @param eligible  the rule holds and the policy is in force on the day
     * @param ruleMet   the rule holds, whether or not the policy is in force
     * @param verdict   the rule's tree with every condition's outcome
     * @param rules     the rule in the policy's words, one clause for each of its conditions or groups
     * @param capReached the subject has had as many grants this year as the policy allows, in the words an
     *                   application would be refused with; null while another grant is possible
     */
    public record Policy(String code, int version, String name, String benefitKind, String benefitSummary, boolean inForce,
                         boolean ruleMet, boolean eligible, Verdict verdict, List<String> rules, String capReached) {
    }
}
