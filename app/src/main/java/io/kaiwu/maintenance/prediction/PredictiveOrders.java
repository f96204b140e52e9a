package io.kaiwu.maintenance.prediction;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import io.kaiwu.health.FailurePredicted;
import io.kaiwu.maintenance.order.ManagingOrders;
import io.kaiwu.maintenance.order.OrderDraft;
import io.kaiwu.maintenance.order.OrderFilter;
import io.kaiwu.maintenance.order.OrderKind;
import io.kaiwu.maintenance.order.OrderState;
import io.kaiwu.shared.PageQuery;
import io.kaiwu.shared.UiLocale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns a failure warning into a predictive maintenance order (预测性维护工单), planned from the
 * warning to the early end of the predicted failure band, so the work is done before the
 * machine is likely to break. A machine with an open predictive order gets no second one:
 * the warning it would repeat is already being worked on. Its title, description and
 * checklist come from the message bundle in the default language (Kaiwu has no language
 * per tenant yet) and are stored as text, as a person would have typed them.
 */
@Component
class PredictiveOrders {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

	/** Message keys of the checklist steps, in order. */
	static final List<String> STEPS = List.of("maintenance.predictive.step.inspect",
			"maintenance.predictive.step.bearing", "maintenance.predictive.step.test-run");

	private final ManagingOrders orders;

	private final ZoneId zone;

	private final MessageSource messages;

	PredictiveOrders(ManagingOrders orders, @Value("${kaiwu.maintenance.zone:Asia/Shanghai}") ZoneId zone,
			MessageSource messages) {
		this.orders = orders;
		this.zone = zone;
		this.messages = messages;
	}

	@ApplicationModuleListener
	void on(FailurePredicted warning) {
		if (hasOpen(warning, OrderState.OPEN) || hasOpen(warning, OrderState.IN_PROGRESS)) {
			return;
		}
		Instant start = warning.at();
		// due by the early end of the band; at least an hour when the failure is imminent
		Instant due = warning.earliest().isAfter(start.plus(Duration.ofHours(1))) ? warning.earliest()
				: start.plus(Duration.ofHours(1));
		String failure = TIME.format(warning.failureAt().atZone(this.zone));
		String earliest = TIME.format(warning.earliest().atZone(this.zone));
		String latest = TIME.format(warning.latest().atZone(this.zone));
		Locale locale = UiLocale.DEFAULT;
		String title = this.messages.getMessage("maintenance.predictive.title",
				new Object[] { failure, String.format(Locale.ROOT, "%.0f", warning.healthIndex()) }, locale);
		String description = this.messages.getMessage("maintenance.predictive.description",
				new Object[] { failure, earliest, latest }, locale);
		List<String> checklist = STEPS.stream().map((key) -> this.messages.getMessage(key, null, locale)).toList();
		this.orders.create(warning.tenant(), new OrderDraft("PREDICTIVE", warning.equipmentId(), title, description,
				"HIGH", null, start.toString(), due.toString(), false, false, null, checklist));
	}

	private boolean hasOpen(FailurePredicted warning, OrderState state) {
		return this.orders
			.list(warning.tenant(), new OrderFilter(warning.equipmentId(), state, OrderKind.PREDICTIVE),
					PageQuery.of(0, 1))
			.total() > 0;
	}

}
