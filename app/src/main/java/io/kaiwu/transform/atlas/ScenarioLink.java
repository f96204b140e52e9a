package io.kaiwu.transform.atlas;

/**
 * A link from a scenario to another one.
 *
 * @param to the code of the scenario linked to.
 * @param kind which digital thread links them.
 */
public record ScenarioLink(String to, LinkKind kind) {
}
