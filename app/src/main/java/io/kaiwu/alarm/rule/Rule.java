package io.kaiwu.alarm.rule;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import io.kaiwu.alarm.Severity;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * An alarm rule (告警规则) over one property (an expression: over several), for every device
 * of a type or for one device.
 *
 * @param id the rule.
 * @param tenant whose rule.
 * @param name what users call it.
 * @param deviceTypeId the type whose devices it watches; {@literal null} when it watches
 * one device.
 * @param deviceId the one device it watches; {@literal null} when it watches a type.
 * @param property the thing-model property it judges; for an expression the first one it
 * reads.
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

	/** The properties it reads: its property, or every one its expressions read. */
	public java.util.Set<String> properties() {
		if (this.condition instanceof Condition.Expressed expressed) {
			java.util.Set<String> read = new java.util.LinkedHashSet<>(expressed.expression().properties());
			if (expressed.clearExpression() != null) {
				read.addAll(expressed.clearExpression().properties());
			}
			return read;
		}
		return java.util.Set.of(this.property);
	}

	/** Whether the rule watches this device of this type. */
	public boolean watches(UUID device, UUID type) {
		return device.equals(this.deviceId) || type.equals(this.deviceTypeId);
	}

}
