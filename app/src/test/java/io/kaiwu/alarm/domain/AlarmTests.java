package io.kaiwu.alarm.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.kaiwu.alarm.AlarmMessage;
import io.kaiwu.alarm.AlarmState;
import io.kaiwu.alarm.Originator;
import io.kaiwu.alarm.Severity;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The ISA-18.2 life cycle: acknowledgement and clearing are independent. */
class AlarmTests {

	static final TenantId TENANT = TenantId.of(UUID.randomUUID());

	static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

	static Alarm raised() {
		return raised(null);
	}

	static Alarm raised(@Nullable Duration escalateAfter) {
		return Alarm.raise(TENANT, Originator.device(UUID.randomUUID()), UUID.randomUUID(), "rule:x", Severity.MAJOR,
				new AlarmMessage("超温", "Over temperature"), T0, escalateAfter);
	}

	@Test
	void aNewAlarmIsActiveAndUnacknowledgedAndHoldsItsOpenKey() {
		Alarm alarm = raised();
		assertThat(alarm.state()).isEqualTo(AlarmState.ACTIVE_UNACKNOWLEDGED);
		assertThat(alarm.openKey()).isEqualTo(TENANT.value() + "|" + alarm.originator() + "|rule:x");
		assertThat(alarm.drainHappened()).extracting(HistoryEntry::action).containsExactly(AlarmAction.RAISED);
	}

	@Test
	void acknowledgedThenClearedIsClosed() {
		Alarm alarm = raised();
		assertThat(alarm.acknowledge("operator", T0.plusSeconds(30))).isTrue();
		assertThat(alarm.state()).isEqualTo(AlarmState.ACTIVE_ACKNOWLEDGED);
		assertThat(alarm.openKey()).isNotNull();
		assertThat(alarm.clear("system", T0.plusSeconds(60))).isTrue();
		assertThat(alarm.state()).isEqualTo(AlarmState.CLOSED);
		assertThat(alarm.openKey()).isNull();
		assertThat(alarm.acknowledged()).isEqualTo(new Stamp("operator", T0.plusSeconds(30)));
		assertThat(alarm.cleared()).isEqualTo(new Stamp("system", T0.plusSeconds(60)));
	}

	@Test
	void clearedBeforeAcknowledgedWaitsForTheOperator() {
		Alarm alarm = raised();
		alarm.clear("system", T0.plusSeconds(10));
		assertThat(alarm.state()).isEqualTo(AlarmState.CLEARED_UNACKNOWLEDGED);
		assertThat(alarm.openKey()).isNotNull();
		alarm.acknowledge("operator", T0.plusSeconds(20));
		assertThat(alarm.state()).isEqualTo(AlarmState.CLOSED);
		assertThat(alarm.drainHappened()).extracting(HistoryEntry::state)
			.containsExactly(AlarmState.ACTIVE_UNACKNOWLEDGED, AlarmState.CLEARED_UNACKNOWLEDGED, AlarmState.CLOSED);
	}

	@Test
	void acknowledgingAClosedAlarmChangesNothing() {
		Alarm alarm = raised();
		alarm.acknowledge("operator", T0.plusSeconds(1));
		alarm.clear("system", T0.plusSeconds(2));
		alarm.drainHappened();
		assertThat(alarm.acknowledge("someone-else", T0.plusSeconds(3))).isFalse();
		assertThat(alarm.clear("system", T0.plusSeconds(4))).isFalse();
		assertThat(alarm.state()).isEqualTo(AlarmState.CLOSED);
		assertThat(alarm.acknowledged().by()).isEqualTo("operator");
		assertThat(alarm.drainHappened()).isEmpty();
	}

	@Test
	void anAbnormalConditionReturningBeforeAcknowledgementMakesTheSameAlarmActiveAgain() {
		Alarm alarm = raised();
		alarm.clear("system", T0.plusSeconds(10));
		assertThat(alarm.returnToActive(T0.plusSeconds(20))).isTrue();
		assertThat(alarm.state()).isEqualTo(AlarmState.ACTIVE_UNACKNOWLEDGED);
		assertThat(alarm.cleared()).isNull();
		assertThat(alarm.returnToActive(T0.plusSeconds(30))).isFalse();
	}

	@Test
	void anAlarmUnacknowledgedForItsEscalationTimeEscalatesOnce() {
		Alarm alarm = raised(Duration.ofMinutes(15));
		alarm.drainHappened();
		assertThat(alarm.escalateAt()).isEqualTo(T0.plus(Duration.ofMinutes(15)));
		assertThat(alarm.escalate(T0.plus(Duration.ofMinutes(15)).minusSeconds(1))).isFalse();
		assertThat(alarm.escalatedAt()).isNull();
		assertThat(alarm.escalate(T0.plus(Duration.ofMinutes(15)))).isTrue();
		assertThat(alarm.escalatedAt()).isEqualTo(T0.plus(Duration.ofMinutes(15)));
		assertThat(alarm.escalate(T0.plus(Duration.ofMinutes(30)))).isFalse();
		assertThat(alarm.drainHappened()).extracting(HistoryEntry::action).containsExactly(AlarmAction.ESCALATED);
		assertThat(alarm.state()).isEqualTo(AlarmState.ACTIVE_UNACKNOWLEDGED);
	}

	@Test
	void aClearedButUnacknowledgedAlarmStillEscalates() {
		Alarm alarm = raised(Duration.ofMinutes(5));
		alarm.clear("system", T0.plusSeconds(60));
		assertThat(alarm.escalate(T0.plus(Duration.ofMinutes(5)))).isTrue();
		assertThat(alarm.state()).isEqualTo(AlarmState.CLEARED_UNACKNOWLEDGED);
	}

	@Test
	void anAcknowledgedAlarmOrOneWithoutEscalationTimeNeverEscalates() {
		Alarm acknowledged = raised(Duration.ofMinutes(5));
		acknowledged.acknowledge("operator", T0.plusSeconds(60));
		assertThat(acknowledged.escalate(T0.plus(Duration.ofHours(1)))).isFalse();
		Alarm never = raised(null);
		assertThat(never.escalate(T0.plus(Duration.ofDays(30)))).isFalse();
		assertThat(never.escalatedAt()).isNull();
	}

	@Test
	void aShelvedAlarmIsHiddenUntilItsShelvingExpiresOrAnOperatorUnshelvesIt() {
		Alarm alarm = raised();
		alarm.drainHappened();
		Instant until = T0.plus(Duration.ofHours(2));
		assertThat(alarm.shelve("operator", T0.plusSeconds(10), until, "传感器检修")).isTrue();
		assertThat(alarm.shelvedAt(until.minusSeconds(1))).isTrue();
		assertThat(alarm.shelvedAt(until)).isFalse();
		assertThat(alarm.unshelve("operator", until.plusSeconds(1))).isFalse();
		assertThat(alarm.unshelve("lead", T0.plusSeconds(20))).isTrue();
		assertThat(alarm.shelvedAt(T0.plusSeconds(30))).isFalse();
		assertThat(alarm.drainHappened()).extracting(HistoryEntry::action)
			.containsExactly(AlarmAction.SHELVED, AlarmAction.UNSHELVED);
	}

	@Test
	void aClosedAlarmIsNotShelved() {
		Alarm alarm = raised();
		alarm.acknowledge("operator", T0.plusSeconds(1));
		alarm.clear("system", T0.plusSeconds(2));
		assertThat(alarm.shelve("operator", T0.plusSeconds(3), T0.plus(Duration.ofHours(1)), "无关")).isFalse();
		assertThat(alarm.shelving()).isNull();
	}

}
