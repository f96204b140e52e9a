package io.kaiwu.alarm.rulebook;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.kaiwu.alarm.Severity;
import io.kaiwu.alarm.expression.Expression;
import io.kaiwu.alarm.expression.ExpressionError;
import io.kaiwu.alarm.rule.Comparison;
import io.kaiwu.alarm.rule.Condition;
import io.kaiwu.alarm.rule.MessageTemplate;
import io.kaiwu.alarm.rule.Rule;
import io.kaiwu.alarm.rule.RuleKind;
import io.kaiwu.device.DeviceCatalog;
import io.kaiwu.device.DeviceSummary;
import io.kaiwu.device.PropertyDefinition;
import io.kaiwu.device.ThingModel;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.KaiwuProblem.FieldError;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Checks a rule draft before it is saved, and names every bad field: the device type or
 * device must be the tenant's, the property must be in its thing model (and a number,
 * except for no-data rules), the kind's fields must be there and make sense (an
 * expression must parse within its bounds and read only numeric properties of the thing
 * model), and the message templates may use only known placeholders.
 */
@Component
class RuleChecks {

	/** The shortest escalation time: the escalation check runs every few seconds. */
	private static final java.time.Duration MIN_ESCALATE_AFTER = java.time.Duration.ofMinutes(1);

	private final DeviceCatalog catalog;

	RuleChecks(DeviceCatalog catalog) {
		this.catalog = catalog;
	}

	Rule check(TenantId tenant, UUID id, RuleDraft draft, Instant createdAt, Instant now) {
		List<FieldError> errors = new ArrayList<>();
		String name = text(draft.name(), "name", 200, errors);
		Optional<ThingModel> model = model(tenant, draft, errors);
		RuleKind kind = choice(RuleKind.class, draft.kind(), "kind", errors);
		boolean expressed = kind == RuleKind.EXPRESSION;
		String property = expressed ? null : text(draft.property(), "property", 64, errors);
		Severity severity = choice(Severity.class, draft.severity(), "severity", errors);
		if (model.isPresent() && property != null) {
			Optional<PropertyDefinition> definition = model.get().property(property);
			if (definition.isEmpty()) {
				errors.add(new FieldError("property", "problem.alarm.unknown-property", property, known(model.get())));
			}
			else if (kind != null && kind != RuleKind.NO_DATA && !definition.get().dataType().numeric()) {
				errors.add(new FieldError("property", "problem.alarm.not-a-number", property));
			}
		}
		Condition condition = null;
		Set<String> read = (property == null) ? Set.of() : Set.of(property);
		if (expressed) {
			Condition.Expressed expression = expressed(draft, model, errors);
			if (expression != null) {
				read = expression.clearExpression() == null ? expression.expression().properties()
						: union(expression.expression().properties(), expression.clearExpression().properties());
				property = expression.expression().properties().iterator().next();
				condition = expression;
			}
		}
		else if (kind != null) {
			condition = condition(kind, draft, errors);
		}
		MessageTemplate zh = template(draft.messageZh(), "messageZh", read, errors);
		MessageTemplate en = template(draft.messageEn(), "messageEn", read, errors);
		if (draft.escalateAfter() != null
				&& (draft.escalateAfter().isNegative() || draft.escalateAfter().compareTo(MIN_ESCALATE_AFTER) < 0)) {
			errors.add(new FieldError("escalateAfter", "problem.alarm.escalate-after", draft.escalateAfter()));
		}
		if (!errors.isEmpty() || name == null || property == null || condition == null || severity == null || zh == null
				|| en == null) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		return new Rule(id, tenant, name, draft.deviceTypeId(), draft.deviceId(), property, condition, severity, zh, en,
				!Boolean.FALSE.equals(draft.enabled()), draft.escalateAfter(), createdAt, now);
	}

	private static Set<String> union(Set<String> a, Set<String> b) {
		Set<String> both = new LinkedHashSet<>(a);
		both.addAll(b);
		return both;
	}

	private static String known(ThingModel model) {
		return model.properties().stream().map(PropertyDefinition::identifier).collect(Collectors.joining(", "));
	}

	/**
	 * An expression rule's condition: both expressions parse within the bounds, read only
	 * numeric properties of the thing model, and the deadband is a number ≥ 0.
	 */
	private static Condition.@Nullable Expressed expressed(RuleDraft draft, Optional<ThingModel> model,
			List<FieldError> errors) {
		int before = errors.size();
		Expression expression = expression(draft.expression(), "expression", model, errors);
		Expression clear = (draft.clearExpression() == null || draft.clearExpression().isBlank()) ? null
				: expression(draft.clearExpression(), "clearExpression", model, errors);
		if (errors.size() > before || expression == null) {
			return null;
		}
		try {
			return new Condition.Expressed(expression, clear, (draft.deadband() == null) ? 0 : draft.deadband());
		}
		catch (IllegalArgumentException ex) {
			errors.add(new FieldError("deadband", "problem.alarm.condition", ex.getMessage()));
			return null;
		}
	}

	private static @Nullable Expression expression(@Nullable String text, String field, Optional<ThingModel> model,
			List<FieldError> errors) {
		if (text == null || text.isBlank()) {
			errors.add(new FieldError(field, "problem.alarm.required"));
			return null;
		}
		Expression expression;
		try {
			expression = Expression.parse(text);
		}
		catch (ExpressionError ex) {
			errors.add(new FieldError(field,
					"problem.alarm.expression." + ex.reason().name().toLowerCase(Locale.ROOT).replace('_', '-'),
					ex.position(), ex.detail(), ex.found()));
			return null;
		}
		if (model.isEmpty()) {
			return expression;
		}
		int before = errors.size();
		for (String property : expression.properties()) {
			Optional<PropertyDefinition> definition = model.get().property(property);
			if (definition.isEmpty()) {
				errors.add(new FieldError(field, "problem.alarm.unknown-property", property, known(model.get())));
			}
			else if (!definition.get().dataType().numeric()) {
				errors.add(new FieldError(field, "problem.alarm.not-a-number", property));
			}
		}
		return (errors.size() > before) ? null : expression;
	}

	private Optional<ThingModel> model(TenantId tenant, RuleDraft draft, List<FieldError> errors) {
		if ((draft.deviceTypeId() == null) == (draft.deviceId() == null)) {
			errors.add(new FieldError("deviceTypeId", "problem.alarm.scope"));
			return Optional.empty();
		}
		if (draft.deviceTypeId() != null) {
			Optional<ThingModel> model = this.catalog.thingModelOfType(tenant, draft.deviceTypeId());
			if (model.isEmpty()) {
				errors.add(new FieldError("deviceTypeId", "problem.alarm.unknown-device-type", draft.deviceTypeId()));
			}
			return model;
		}
		Optional<ThingModel> model = this.catalog.device(tenant, draft.deviceId()).map(DeviceSummary::thingModel);
		if (model.isEmpty()) {
			errors.add(new FieldError("deviceId", "problem.alarm.unknown-device", draft.deviceId()));
		}
		return model;
	}

	private static @Nullable Condition condition(RuleKind kind, RuleDraft draft, List<FieldError> errors) {
		int before = errors.size();
		double deadband = (draft.deadband() == null) ? 0 : draft.deadband();
		Comparison comparison = (kind == RuleKind.THRESHOLD || kind == RuleKind.SUSTAINED)
				? comparison(draft.comparison(), errors) : null;
		Double limit = (kind == RuleKind.THRESHOLD || kind == RuleKind.SUSTAINED)
				? required(draft.limit(), "limit", errors) : null;
		Double low = (kind == RuleKind.RANGE) ? required(draft.low(), "low", errors) : null;
		Double high = (kind == RuleKind.RANGE) ? required(draft.high(), "high", errors) : null;
		Double perMinute = (kind == RuleKind.RATE_OF_CHANGE) ? required(draft.perMinute(), "perMinute", errors) : null;
		java.time.Duration duration = (kind == RuleKind.SUSTAINED || kind == RuleKind.NO_DATA)
				? required(draft.duration(), "duration", errors) : null;
		if (errors.size() > before) {
			return null;
		}
		try {
			return switch (kind) {
				case THRESHOLD -> new Condition.Threshold(comparison, limit, deadband);
				case RANGE -> new Condition.Range(low, high, deadband);
				case RATE_OF_CHANGE -> new Condition.RateOfChange(perMinute, deadband);
				case SUSTAINED -> new Condition.Sustained(comparison, limit, deadband, duration);
				case NO_DATA -> new Condition.NoData(duration);
				case EXPRESSION -> throw new IllegalStateException("expressions are checked apart");
			};
		}
		catch (IllegalArgumentException ex) {
			errors
				.add(new FieldError(kind.name().toLowerCase(Locale.ROOT), "problem.alarm.condition", ex.getMessage()));
			return null;
		}
	}

	private static @Nullable Comparison comparison(@Nullable String symbol, List<FieldError> errors) {
		if (symbol == null || symbol.isBlank()) {
			errors.add(new FieldError("comparison", "problem.alarm.required"));
			return null;
		}
		try {
			return Comparison.ofSymbol(symbol.strip());
		}
		catch (IllegalArgumentException ex) {
			errors.add(new FieldError("comparison", "problem.alarm.comparison", symbol));
			return null;
		}
	}

	private static <T> @Nullable T required(@Nullable T value, String field, List<FieldError> errors) {
		if (value == null) {
			errors.add(new FieldError(field, "problem.alarm.required"));
		}
		return value;
	}

	private static @Nullable String text(@Nullable String value, String field, int max, List<FieldError> errors) {
		if (value == null || value.isBlank()) {
			errors.add(new FieldError(field, "problem.alarm.required"));
			return null;
		}
		if (value.strip().length() > max) {
			errors.add(new FieldError(field, "problem.alarm.too-long", max));
			return null;
		}
		return value.strip();
	}

	private static <E extends Enum<E>> @Nullable E choice(Class<E> type, @Nullable String value, String field,
			List<FieldError> errors) {
		if (value == null || value.isBlank()) {
			errors.add(new FieldError(field, "problem.alarm.required"));
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			String allowed = java.util.Arrays.stream(type.getEnumConstants())
				.map(Enum::name)
				.collect(Collectors.joining(", "));
			errors.add(new FieldError(field, "problem.alarm.choice", value, allowed));
			return null;
		}
	}

	private static @Nullable MessageTemplate template(@Nullable String text, String field, Set<String> properties,
			List<FieldError> errors) {
		String checked = text(text, field, 500, errors);
		if (checked == null) {
			return null;
		}
		String unknown = MessageTemplate.unknownPlaceholder(checked, properties);
		if (unknown != null) {
			Set<String> allowed = new LinkedHashSet<>(List.of("device", "property", "value", "unit", "limit"));
			allowed.addAll(properties);
			errors.add(new FieldError(field, "problem.alarm.placeholder", unknown, String.join(", ", allowed)));
			return null;
		}
		return new MessageTemplate(checked);
	}

}
