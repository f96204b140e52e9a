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

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns a failure warning into a predictive maintenance order (预测性维护工单), planned from the
 * warning to the early end of the predicted failure band, so the work is done before the
 * machine is likely to break. A machine with an open predictive order gets no second one:
 * the warning it would repeat is already being worked on.
 */
@Component
class PredictiveOrders {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

	private final ManagingOrders orders;

	private final ZoneId zone;

	PredictiveOrders(ManagingOrders orders, @Value("${kaiwu.maintenance.zone:Asia/Shanghai}") ZoneId zone) {
		this.orders = orders;
		this.zone = zone;
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
		String title = String.format(Locale.ROOT, "预测性维护：预计 %s 前后失效（健康指数 %.0f）", failure, warning.healthIndex());
		String description = String.format(Locale.ROOT, "设备健康监测预警：振动持续上升，预计失效时间 %1$s，90%% 区间 %2$s 至 %3$s。%n"
				+ "Predictive maintenance: vibration keeps rising; expected failure %1$s, 90 %% band %2$s to %3$s.",
				failure, earliest, latest);
		this.orders.create(warning.tenant(),
				new OrderDraft("PREDICTIVE", warning.equipmentId(), title, description, "HIGH", null, start.toString(),
						due.toString(), false, false, null,
						List.of("检查主轴轴承振动频谱与温度 Check the spindle bearing's vibration spectrum and temperature",
								"更换或润滑轴承 Replace or lubricate the bearing",
								"试运行并确认振动回到基线 Test run and confirm vibration is back at its baseline")));
	}

	private boolean hasOpen(FailurePredicted warning, OrderState state) {
		return this.orders
			.list(warning.tenant(), new OrderFilter(warning.equipmentId(), state, OrderKind.PREDICTIVE),
					PageQuery.of(0, 1))
			.total() > 0;
	}

}
