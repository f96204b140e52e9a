package io.kaiwu.maintenance.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.equipment.MachineState;
import io.kaiwu.maintenance.kernel.UsageProjection;
import io.kaiwu.maintenance.order.MaintenanceOrder;
import io.kaiwu.maintenance.order.ManagingOrders;
import io.kaiwu.maintenance.order.PlannedWork;
import io.kaiwu.maintenance.usage.UsageMeter;
import io.kaiwu.maintenance.usage.UsageMeters;
import io.kaiwu.shared.ChangeRecorded;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.Page;
import io.kaiwu.shared.PageQuery;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A tenant's maintenance plans (维护计划), audited ({@code maintenance-plan}). A due plan
 * creates one preventive order and moves on to its next due point; while its order is
 * still open it creates no other, and stays due until that order is done or cancelled.
 */
@Service
public class ManagingPlans {

	/** The span of recent use that projects when a usage plan falls due. */
	public static final java.time.Duration RECENT_USE = java.time.Duration.ofDays(7);

	private static final Logger log = LoggerFactory.getLogger(ManagingPlans.class);

	static final String AUDITED = "maintenance-plan";

	private final PlanRecords records;

	private final PlanChecks checks;

	private final ManagingOrders orders;

	private final UsageMeters meters;

	private final MaintenanceSettings settings;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock = Clock.systemUTC();

	ManagingPlans(PlanRecords records, PlanChecks checks, ManagingOrders orders, UsageMeters meters,
			MaintenanceSettings settings, ApplicationEventPublisher events, PlatformTransactionManager transactions) {
		this.records = records;
		this.checks = checks;
		this.orders = orders;
		this.meters = meters;
		this.settings = settings;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Transactional(readOnly = true)
	public Page<MaintenancePlan> list(TenantId tenant, @Nullable UUID equipmentId, PageQuery page) {
		return Page.of(this.records.page(tenant, equipmentId, page), this.records.count(tenant, equipmentId), page);
	}

	@Transactional(readOnly = true)
	public MaintenancePlan get(TenantId tenant, UUID id) {
		return this.records.find(tenant, id, false)
			.orElseThrow(() -> new KaiwuProblem.NotFound("maintenance-plan", id));
	}

	/** The machine's meter reading in the plan's units (hours or parts), now. */
	@Transactional(readOnly = true)
	public double reading(MaintenancePlan plan) {
		return (double) usage(plan, this.meters.reading(plan.tenant(), plan.equipmentId()), this.clock.instant())
				/ plan.unitSize();
	}

	/**
	 * When a usage plan is expected to fall due if its machine goes on as in the last
	 * {@link #RECENT_USE}: empty for a calendar or paused plan, or a machine not used in
	 * that time.
	 */
	@Transactional(readOnly = true)
	public Optional<Instant> projectedDue(MaintenancePlan plan, Instant now) {
		if (!plan.trigger().byUsage() || !plan.active() || plan.nextDueUsage() == null) {
			return Optional.empty();
		}
		long reading = usage(plan, this.meters.reading(plan.tenant(), plan.equipmentId()), now);
		Instant since = now.minus(RECENT_USE);
		long recent = (plan.trigger() == TriggerKind.COUNTER)
				? this.meters.partsCounted(plan.tenant(), plan.equipmentId(), since, now)
				: this.meters.running(plan.tenant(), plan.equipmentId(), since, now, now)
					.stream()
					.mapToLong((p) -> p.length().toSeconds())
					.sum();
		return new UsageProjection(reading, plan.nextDueUsage(), recent, RECENT_USE).dueAt(now);
	}

	/** The tenant's active plans (the calendar). */
	@Transactional(readOnly = true)
	public java.util.List<MaintenancePlan> active(TenantId tenant) {
		return this.records.active(tenant);
	}

	/** Creates a plan; one already due creates its order at once. */
	@Transactional
	public MaintenancePlan create(TenantId tenant, PlanDraft draft) {
		LocalDate today = today();
		PlanChecks.Checked c = this.checks.check(tenant, draft, today);
		Instant now = this.clock.instant();
		MaintenancePlan plan = withDuePoints(new MaintenancePlan(UUID.randomUUID(), tenant, c.equipmentId(), c.name(),
				c.description(), c.trigger(), c.every(), c.calendarUnit(), c.startOn(), null, null, null, c.checklist(),
				c.priority(), c.assignee(), c.windowMinutes(), c.suppressAlarms(), c.active(), null, now, now), today,
				now);
		this.records.insert(plan);
		this.events.publishEvent(ChangeRecorded.created(tenant, AUDITED, plan.id(), snapshot(plan)));
		fireIfDue(plan, now, now);
		return get(tenant, plan.id());
	}

	/**
	 * Changes a plan; a new trigger or interval counts afresh from today or the reading
	 * now.
	 */
	@Transactional
	public MaintenancePlan update(TenantId tenant, UUID id, PlanDraft draft) {
		MaintenancePlan before = this.records.find(tenant, id, true)
			.orElseThrow(() -> new KaiwuProblem.NotFound("maintenance-plan", id));
		LocalDate today = today();
		PlanChecks.Checked c = this.checks.check(tenant, draft, today);
		Instant now = this.clock.instant();
		MaintenancePlan changed = new MaintenancePlan(id, tenant, c.equipmentId(), c.name(), c.description(),
				c.trigger(), c.every(), c.calendarUnit(), c.startOn(), before.usageBaseline(), before.nextDueOn(),
				before.nextDueUsage(), c.checklist(), c.priority(), c.assignee(), c.windowMinutes(), c.suppressAlarms(),
				c.active(), before.lastOrderId(), before.createdAt(), now);
		boolean sameDuePoints = before.equipmentId().equals(changed.equipmentId())
				&& before.trigger() == changed.trigger() && before.every() == changed.every()
				&& before.calendarUnit() == changed.calendarUnit()
				&& (changed.trigger().byUsage() || Objects.equals(before.startOn(), changed.startOn()));
		MaintenancePlan after = sameDuePoints ? changed : withDuePoints(changed, today, now);
		this.records.update(after);
		this.events.publishEvent(ChangeRecorded.updated(tenant, AUDITED, id, snapshot(before), snapshot(after)));
		fireIfDue(after, now, now);
		return get(tenant, id);
	}

	@Transactional
	public void delete(TenantId tenant, UUID id) {
		MaintenancePlan plan = this.records.find(tenant, id, true)
			.orElseThrow(() -> new KaiwuProblem.NotFound("maintenance-plan", id));
		this.records.delete(tenant, id);
		this.events.publishEvent(ChangeRecorded.deleted(tenant, AUDITED, id, snapshot(plan)));
	}

	/**
	 * After the machine's meter moved: each of its usage plans that is due creates its
	 * order. Runs in the caller's transaction, which holds the meter's lock.
	 * @param at the moment of the event: running time is counted up to it.
	 */
	@Transactional
	public int usageChanged(TenantId tenant, UUID equipmentId, Instant at) {
		int created = 0;
		for (MaintenancePlan plan : this.records.lockUsagePlans(tenant, equipmentId)) {
			created += fireIfDue(plan, this.clock.instant(), at) ? 1 : 0;
		}
		return created;
	}

	/**
	 * The scheduled check: calendar plans due today or earlier, and runtime plans of
	 * machines that are running (their running time counts up to now), each in its own
	 * transaction.
	 * @param now the moment of the check.
	 * @return how many orders were created.
	 */
	public int checkDue(Instant now) {
		int created = 0;
		LocalDate today = LocalDate.ofInstant(now, this.settings.zone());
		for (PlanRecords.Due due : this.records.dueCalendarPlans(today)) {
			created += fireInTransaction(due, now);
		}
		for (PlanRecords.Due due : this.records.activeRuntimePlans()) {
			created += fireInTransaction(due, now);
		}
		return created;
	}

	private int fireInTransaction(PlanRecords.Due due, Instant now) {
		try {
			Boolean fired = this.transaction.execute((status) -> this.records.find(due.tenant(), due.planId(), true)
				.map((plan) -> fireIfDue(plan, now, now))
				.orElse(false));
			return Boolean.TRUE.equals(fired) ? 1 : 0;
		}
		catch (RuntimeException ex) {
			log.warn("Maintenance plan {} could not be checked", due.planId(), ex);
			return 0;
		}
	}

	/**
	 * Creates the order of a due plan (the plan is locked) and moves its due point on;
	 * running time counts up to {@code countedTo}.
	 */
	private boolean fireIfDue(MaintenancePlan plan, Instant now, Instant countedTo) {
		if (!plan.active()) {
			return false;
		}
		LocalDate today = LocalDate.ofInstant(now, this.settings.zone());
		Instant plannedStart;
		LocalDate nextDueOn = plan.nextDueOn();
		Long nextDueUsage = plan.nextDueUsage();
		if (plan.trigger().byUsage()) {
			long reading = usage(plan, this.meters.reading(plan.tenant(), plan.equipmentId()), countedTo);
			if (nextDueUsage == null || reading < nextDueUsage) {
				return false;
			}
			plannedStart = now;
			nextDueUsage = plan.usage().nextAfter(reading);
		}
		else {
			if (nextDueOn == null || nextDueOn.isAfter(today)) {
				return false;
			}
			plannedStart = nextDueOn.atTime(this.settings.workStartsAt()).atZone(this.settings.zone()).toInstant();
			nextDueOn = plan.calendar().nextAfter(today);
		}
		if (this.orders.planHasOpenOrder(plan.tenant(), plan.id())) {
			return false;
		}
		Instant plannedEnd = (plan.windowMinutes() != null) ? plannedStart.plusSeconds(60L * plan.windowMinutes())
				: null;
		MaintenanceOrder order = this.orders.createFromPlan(plan.tenant(),
				new PlannedWork(plan.id(), plan.equipmentId(), plan.name(), plan.description(), plan.priority(),
						plan.assignee(), plannedStart, plannedEnd, plan.suppressAlarms(), plan.checklist()));
		MaintenancePlan after = plan.due(nextDueOn, nextDueUsage, order.id(), now);
		this.records.update(after);
		this.events
			.publishEvent(ChangeRecorded.updated(plan.tenant(), AUDITED, plan.id(), snapshot(plan), snapshot(after)));
		log.info("Maintenance plan {} was due and created order {}", plan.id(), order.id());
		return true;
	}

	/**
	 * A new or re-timed plan's first due point, counted from today or the reading now.
	 */
	private MaintenancePlan withDuePoints(MaintenancePlan plan, LocalDate today, Instant now) {
		if (plan.trigger().byUsage()) {
			long baseline = usage(plan, this.meters.reading(plan.tenant(), plan.equipmentId()), now);
			MaintenancePlan counted = new MaintenancePlan(plan.id(), plan.tenant(), plan.equipmentId(), plan.name(),
					plan.description(), plan.trigger(), plan.every(), null, null, baseline, null, null,
					plan.checklist(), plan.priority(), plan.assignee(), plan.windowMinutes(), plan.suppressAlarms(),
					plan.active(), plan.lastOrderId(), plan.createdAt(), plan.updatedAt());
			return counted.due(null, counted.usage().first(), plan.lastOrderId(), plan.updatedAt());
		}
		return plan.due(plan.calendar().onOrAfter(today), null, plan.lastOrderId(), plan.updatedAt());
	}

	/** The meter reading a usage plan counts: running seconds (up to now) or parts. */
	private static long usage(MaintenancePlan plan, UsageMeter meter, Instant now) {
		if (plan.trigger() == TriggerKind.COUNTER) {
			return meter.parts();
		}
		long running = meter.runningSeconds();
		if (meter.state() == MachineState.RUNNING && now.isAfter(meter.since())) {
			running += java.time.Duration.between(meter.since(), now).toSeconds();
		}
		return running;
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(this.settings.zone()));
	}

	/** What the audit log keeps of a plan. */
	private static Map<String, Object> snapshot(MaintenancePlan p) {
		Map<String, Object> audit = new LinkedHashMap<>();
		audit.put("equipmentId", p.equipmentId().toString());
		audit.put("name", p.name());
		audit.put("trigger", p.trigger().name());
		audit.put("every", p.every());
		audit.put("calendarUnit", String.valueOf(p.calendarUnit()));
		audit.put("startOn", String.valueOf(p.startOn()));
		audit.put("nextDueOn", String.valueOf(p.nextDueOn()));
		audit.put("nextDueUsage", String.valueOf(p.nextDueUsage()));
		audit.put("checklist", p.checklist());
		audit.put("priority", p.priority().name());
		audit.put("assignee", String.valueOf(p.assignee()));
		audit.put("windowMinutes", String.valueOf(p.windowMinutes()));
		audit.put("suppressAlarms", p.suppressAlarms());
		audit.put("active", p.active());
		audit.put("lastOrderId", String.valueOf(p.lastOrderId()));
		return audit;
	}

}
