package io.kaiwu.production.shopfloor.kernel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.kaiwu.production.order.WorkOrders.Status;
import org.jspecify.annotations.Nullable;

/**
 * The rules of a work order's life on the shop floor: which report may follow which, and
 * what the quantities and times of a report must satisfy. A work order runs RELEASED →
 * (start) RUNNING ⇄ (pause / resume) PAUSED → (finish) FINISHED; output may be reported
 * while it runs. Each refusal names the field and the message key saying why; an empty
 * list means the report is allowed.
 */
public final class ReportRules {

	/** How far ahead of the server's clock a tablet's clock may run. */
	public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private ReportRules() {
	}

	/**
	 * A work order as the rules see it.
	 *
	 * @param number its number, for the messages
	 * @param status where it stands
	 * @param quantity the quantity to make
	 * @param goodSoFar good units reported so far
	 * @param overDeliveryPercent how many percent more good units than the quantity may
	 * be reported (超交容差)
	 * @param lastReportAt when its previous report happened; {@literal null} before the
	 * first
	 */
	public record Facts(String number, Status status, BigDecimal quantity, BigDecimal goodSoFar,
			BigDecimal overDeliveryPercent, @Nullable Instant lastReportAt) {
	}

	/**
	 * A report as the rules see it.
	 *
	 * @param kind what it says happened
	 * @param good good units since the previous report
	 * @param scrap scrapped units since the previous report
	 * @param pauseReasonGiven whether it names a pause reason
	 * @param scrapReasonGiven whether it names a scrap reason
	 * @param at when it happened on the shop floor
	 * @param now the server's clock
	 */
	public record Attempt(ReportKind kind, BigDecimal good, BigDecimal scrap, boolean pauseReasonGiven,
			boolean scrapReasonGiven, Instant at, Instant now) {
	}

	/**
	 * Why a report is refused.
	 *
	 * @param field the report's field at fault; {@literal null} when the work order's
	 * state forbids the step (a conflict, not bad input)
	 * @param messageKey the reason
	 * @param args the reason's arguments
	 */
	public record Refusal(@Nullable String field, String messageKey, Object... args) {
	}

	/**
	 * The status a work order has after a report of this kind.
	 * @param before its status before
	 * @param kind the report
	 * @return the status after
	 */
	public static Status after(Status before, ReportKind kind) {
		return switch (kind) {
			case START, OUTPUT, RESUME -> Status.RUNNING;
			case PAUSE -> Status.PAUSED;
			case FINISH -> Status.FINISHED;
		};
	}

	/**
	 * What stands against a report.
	 * @param order the work order as it is
	 * @param report the report asked for
	 * @return the refusals; empty when the report is allowed
	 */
	public static List<Refusal> refusals(Facts order, Attempt report) {
		List<Refusal> refusals = new ArrayList<>();
		Refusal step = stepRefusal(order, report.kind());
		if (step != null) {
			refusals.add(step);
			return refusals;
		}
		quantities(order, report, refusals);
		if (report.kind() == ReportKind.PAUSE && !report.pauseReasonGiven()) {
			refusals.add(new Refusal("pauseReason", "shopfloor.problem.pause-reason-required"));
		}
		if (report.at().isAfter(report.now().plus(CLOCK_SKEW))) {
			refusals.add(new Refusal("at", "shopfloor.problem.future", report.at()));
		}
		if (order.lastReportAt() != null && report.at().isBefore(order.lastReportAt())) {
			refusals.add(new Refusal("at", "shopfloor.problem.before-previous", report.at(), order.lastReportAt()));
		}
		return refusals;
	}

	private static @Nullable Refusal stepRefusal(Facts order, ReportKind kind) {
		Status status = order.status();
		if (status == Status.FINISHED) {
			return new Refusal(null, "shopfloor.problem.finished", order.number());
		}
		return switch (kind) {
			case START -> (status == Status.RELEASED) ? null
					: new Refusal(null, "shopfloor.problem.already-started", order.number());
			case OUTPUT -> switch (status) {
				case RELEASED -> new Refusal(null, "shopfloor.problem.not-started", order.number());
				case PAUSED -> new Refusal(null, "shopfloor.problem.paused", order.number());
				default -> null;
			};
			case PAUSE -> switch (status) {
				case RELEASED -> new Refusal(null, "shopfloor.problem.not-started", order.number());
				case PAUSED -> new Refusal(null, "shopfloor.problem.already-paused", order.number());
				default -> null;
			};
			case RESUME ->
				(status == Status.PAUSED) ? null : new Refusal(null, "shopfloor.problem.not-paused", order.number());
			case FINISH -> (status == Status.RELEASED)
					? new Refusal(null, "shopfloor.problem.never-started", order.number()) : null;
		};
	}

	private static void quantities(Facts order, Attempt report, List<Refusal> refusals) {
		BigDecimal good = report.good();
		BigDecimal scrap = report.scrap();
		if (good.signum() < 0) {
			refusals.add(new Refusal("goodQuantity", "shopfloor.problem.negative", good.toPlainString()));
		}
		if (scrap.signum() < 0) {
			refusals.add(new Refusal("scrapQuantity", "shopfloor.problem.negative", scrap.toPlainString()));
		}
		if (!report.kind().carriesQuantities()) {
			if (good.signum() != 0 || scrap.signum() != 0) {
				refusals.add(new Refusal("goodQuantity", "shopfloor.problem.no-quantities", report.kind().name()));
			}
			return;
		}
		if (report.kind() == ReportKind.OUTPUT && good.signum() == 0 && scrap.signum() == 0) {
			refusals.add(new Refusal("goodQuantity", "shopfloor.problem.nothing-reported"));
		}
		if (scrap.signum() > 0 && !report.scrapReasonGiven()) {
			refusals.add(new Refusal("scrapReason", "shopfloor.problem.scrap-reason-required"));
		}
		if (good.signum() > 0) {
			BigDecimal allowed = allowedGood(order);
			BigDecimal total = order.goodSoFar().add(good);
			if (total.compareTo(allowed) > 0) {
				refusals.add(new Refusal("goodQuantity", "shopfloor.problem.over-delivery", total.toPlainString(),
						order.quantity().toPlainString(), order.overDeliveryPercent().toPlainString(),
						allowed.toPlainString(), order.goodSoFar().toPlainString()));
			}
		}
	}

	/**
	 * The most good units a work order may have reported: its quantity plus the
	 * over-delivery tolerance.
	 * @param order the work order
	 * @return the quantity times (1 + tolerance / 100), without trailing zeros
	 */
	public static BigDecimal allowedGood(Facts order) {
		return order.quantity()
			.multiply(BigDecimal.ONE.add(order.overDeliveryPercent().divide(HUNDRED, 8, RoundingMode.HALF_UP)))
			.setScale(6, RoundingMode.DOWN)
			.stripTrailingZeros();
	}

}
