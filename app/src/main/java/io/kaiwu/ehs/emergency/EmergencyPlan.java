package io.kaiwu.ehs.emergency;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An emergency plan (应急预案) of a site.
 *
 * @param sourceIds the hazardous sources it covers.
 * @param responseLevels its response levels, e.g. {@code Ⅰ级：公司级，总经理启动}.
 * @param contacts who to call, e.g. {@code 应急办 张工 138…}.
 * @param reviewDue the day its next review (评估) is due.
 */
public record EmergencyPlan(UUID id, String code, String name, UUID siteId, PlanKind kind, List<UUID> sourceIds,
		List<String> responseLevels, List<String> contacts, java.time.LocalDate reviewDue, String createdBy,
		Instant createdAt) {

	public EmergencyPlan {
		sourceIds = List.copyOf(sourceIds);
		responseLevels = List.copyOf(responseLevels);
		contacts = List.copyOf(contacts);
	}

}
