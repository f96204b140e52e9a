package io.kaiwu.alarm;

import java.util.List;
import java.util.UUID;

import io.kaiwu.shared.KaiwuPrincipal;
import io.kaiwu.shared.TenantId;

/**
 * What other modules offer to do with an alarm, shown as links on the alarm's page (for
 * example maintenance: make a maintenance order from it). The alarm module asks every
 * implementation and knows nothing of what the links do, so it depends on none of them.
 */
public interface AlarmActions {

	/**
	 * The actions on offer for one alarm to one user.
	 * @param tenant whose alarm.
	 * @param alarmId the alarm.
	 * @param originator what the alarm is about.
	 * @param viewer who looks at the alarm (offer only what their roles allow).
	 * @return the actions, in the order to show them; empty for none.
	 */
	List<Action> actions(TenantId tenant, UUID alarmId, Originator originator, KaiwuPrincipal viewer);

	/**
	 * A link on the alarm's page.
	 *
	 * @param labelKey the message key of its text (in the offering module's bundle)
	 * @param path where it leads, a path of this application (starting with {@code /})
	 */
	record Action(String labelKey, String path) {

		public Action {
			if (!path.startsWith("/") || path.startsWith("//")) {
				throw new IllegalArgumentException("an alarm action leads to a path of Kaiwu: " + path);
			}
		}

	}

}
