package io.kaiwu.alarm;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.shared.TenantId;

/** Reading alarms from other modules. An id of another tenant is answered as unknown. */
public interface AlarmLookup {

	/**
	 * One alarm.
	 * @param tenant whose alarm.
	 * @param alarmId the alarm.
	 * @return empty when the tenant has no such alarm.
	 */
	Optional<AlarmSummary> alarm(TenantId tenant, UUID alarmId);

	/**
	 * The open (not closed) alarms about one kind of originator, most severe first, then
	 * the newest.
	 * @param tenant whose alarms.
	 * @param originatorKind for example {@link Originator#DEVICE}.
	 * @param limit at most this many.
	 * @return the alarms, shelved ones included (see {@link AlarmSummary#shelved()});
	 * alarms suppressed by design during a maintenance window are left out (nobody is to
	 * be alarmed by them).
	 */
	List<AlarmSummary> open(TenantId tenant, String originatorKind, int limit);

}
