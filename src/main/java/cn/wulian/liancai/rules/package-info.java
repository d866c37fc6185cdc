/**
 * Owns the rules that users configure — who qualifies for a support policy, who may be nominated for an
 * award — kept as data and evaluated by one small interpreter that gives the verdict <em>and the
 * reasons</em>.
 * <p>
 * A rule is a tree: {@code all} / {@code any} groups of conditions, each condition a fact of the
 * subject (a talent, team or project), an operator and its value(s). Rules are stored as JSON
 * ({@code RuleJson}); a rule is parsed against the {@code FactCatalog} of its subject kind before it
 * is stored, so an unknown fact, an operator that does not fit the fact, or a value of the wrong
 * type is refused with the place of the error, and a bad rule is never stored.
 * <p>
 * Evaluation reports every condition as passed, failed or missing data (missing data never
 * passes, except for {@code absent}) with the actual value; {@code control.Wording} renders the
 * actual value and the requirement in the reader's language. The core ({@code entity}) knows no
 * policy, award or database: facts come in as a map from a {@code control.FactSource}.
 */
package cn.wulian.liancai.rules;
