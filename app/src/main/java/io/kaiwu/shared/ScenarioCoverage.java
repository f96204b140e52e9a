package io.kaiwu.shared;

import java.util.List;
import java.util.Objects;

/**
 * How far a tenant has taken one of the guide's typical scenarios in the module that
 * serves it, derived from the platform, never typed in.
 *
 * @param scenarioCode the scenario's stable code in the scenario atlas, for example
 * {@code OPS-01} for 设备在线监测维护.
 * @param module the Kaiwu module that serves it, for example {@code equipment}.
 * @param state not started, configured, or live with data.
 * @param reasonKey message key that says why, in the reader's language, with
 * {@code reasonArgs}.
 * @param reasonArgs arguments of the reason message, already formatted.
 */
public record ScenarioCoverage(String scenarioCode, String module, State state, String reasonKey,
		List<String> reasonArgs) {

	public ScenarioCoverage {
		Objects.requireNonNull(scenarioCode, "scenarioCode");
		Objects.requireNonNull(module, "module");
		Objects.requireNonNull(state, "state");
		Objects.requireNonNull(reasonKey, "reasonKey");
		reasonArgs = List.copyOf(reasonArgs);
	}

	/** The coverage states, in the order a scenario goes through them. */
	public enum State {

		/** Nothing set up for the scenario yet. */
		NOT_STARTED,
		/** Set up (registered, configured) but no live data in the recent window. */
		CONFIGURED,
		/** Set up and running on live data. */
		LIVE

	}

}
