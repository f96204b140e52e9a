package io.kaiwu.alarm.rule;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import io.kaiwu.alarm.Severity;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * An alarm rule (告警规则) over one property, for every device of a type or for one device.
 *
 * @param id the rule.
 * @param tenant whose rule.
 * @param name what users call it.
 * @param deviceTypeId the type whose devices it watches; {@literal null} when it watches
 * one device.
 * @param deviceId the one device it watches; {@literal null} when it watches a type.
 * @param property the thing-model property it judges.
 * @param condition when it is abnormal and when normal again.
 * @param severity the severity of its alarms.
 * @param messageZh the Chinese message template.
 * @param messageEn the English message template.
 * @param enabled whether it is evaluated.
 * @param escalateAfter how long its alarms may stay unacknowledged before they escalate;
 * {@literal null}: never.
 * @param createdAt when it was created.
 * @param updatedAt when it was last changed.
 */
public record Rule(UUID id, TenantId tenant, String name, @Nullable UUID deviceTypeId, @Nullable UUID deviceId,
		String property, Condition condition, Severity severity, MessageTemplate messageZh, MessageTemplate messageEn,
		boolean enabled, @Nullable Duration escalateAfter, Instant createdAt, Instant updatedAt) {

	public Rule {
		Objects.requireNonNull(condition, "condition");
		if ((deviceTypeId == null) == (deviceId == null)) {
			throw new IllegalArgumentException("A rule watches either a device type or one device");
		}
	}

	public RuleKind kind() {
		return RuleKind.of(this.condition);
	}

	/** Whether the rule watches this device of this type. */
	public boolean watches(UUID device, UUID type) {
		return device.equals(this.deviceId) || type.equals(this.deviceTypeId);
	}

}
