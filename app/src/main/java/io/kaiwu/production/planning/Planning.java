package io.kaiwu.production.planning;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import io.kaiwu.production.order.OrdersToPlan;
import io.kaiwu.production.order.OrdersToPlan.OrderToPlan;
import io.kaiwu.production.planning.StoredSchedule.Change;
import io.kaiwu.production.planning.StoredSchedule.Kpis;
import io.kaiwu.production.planning.StoredSchedule.Outcome;
import io.kaiwu.production.planning.StoredSchedule.Placed;
import io.kaiwu.production.planning.kernel.PlannedOperation;
import io.kaiwu.production.planning.kernel.PlanningInput;
import io.kaiwu.production.planning.kernel.ProblemTranslation;
import io.kaiwu.production.planning.kernel.ProblemTranslation.OrderOutcome;
import io.kaiwu.production.resource.WorkCentres;
import io.kaiwu.production.routing.Routings;
import io.kaiwu.production.schedule.solver.ApsSolver;
import io.kaiwu.production.schedule.solver.Objective;
import io.kaiwu.production.schedule.solver.ProblemRefused;
import io.kaiwu.production.schedule.solver.Schedule;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.TenantId;
import io.kaiwu.tenancy.EnterpriseStructure;
import io.kaiwu.tenancy.StructureNode;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finite-capacity scheduling (APS) of the released production orders: a planner's plan (a
 * draft to approve), a rush order (插单) inserted into the active schedule with the frozen
 * horizon kept and as little moved as possible, a repair when a machine goes down (active
 * at once), and a re-plan around operations a planner placed by hand. Every schedule made
 * from another one lists what moved and which orders are newly late. One planning run per
 * tenant at a time; the engine runs outside any transaction.
 */
@Service
public class Planning {

	private static final Logger log = LoggerFactory.getLogger(Planning.class);

	private final OrdersToPlan orders;

	private final WorkCentres workCentres;

	private final Routings routings;

	private final EnterpriseStructure structure;

	private final ApsSolver solver;

	private final ScheduleRecords records;

	private final PlanningSettings settings;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final Map<TenantId, ReentrantLock> locks = new ConcurrentHashMap<>();

	Planning(OrdersToPlan orders, WorkCentres workCentres, Routings routings, EnterpriseStructure structure,
			ApsSolver solver, ScheduleRecords records, PlanningSettings settings,
			PlatformTransactionManager transactions) {
		this.orders = orders;
		this.workCentres = workCentres;
		this.routings = routings;
		this.structure = structure;
		this.solver = solver;
		this.records = records;
		this.settings = settings;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = Clock.systemUTC();
	}

	/** Plans every released order afresh: a draft for the planner to approve. */
	public StoredSchedule plan(TenantId tenant, @Nullable String note) {
		return locked(tenant, () -> {
			Instant now = now();
			Run run = new Run(tenant, now, ScheduleReason.PLAN, note);
			run.basedOn = this.records.activeId(tenant).flatMap((id) -> this.records.find(tenant, id)).orElse(null);
			return store(tenant, solve(run), ScheduleStatus.DRAFT);
		});
	}

	/**
	 * Inserts a rush order into the active schedule: operations starting inside the
	 * frozen horizon keep their place, the rest move as little as the objective allows. A
	 * draft that lists every operation that moved and every order now at risk.
	 */
	public StoredSchedule insertRushOrder(TenantId tenant, UUID productionOrderId) {
		return locked(tenant, () -> {
			StoredSchedule active = activeOrRefuse(tenant);
			boolean released = this.orders.released(tenant).stream().anyMatch((o) -> o.id().equals(productionOrderId));
			if (!released) {
				throw new KaiwuProblem.Conflict("planning.problem.rush-not-released", productionOrderId);
			}
			Instant now = now();
			Run run = new Run(tenant, now, ScheduleReason.RUSH_ORDER, null);
			run.basedOn = active;
			run.previous = operationsOf(active);
			run.freezeUntil = now.plus(this.settings.frozenHorizon());
			return store(tenant, solve(run), ScheduleStatus.DRAFT);
		});
	}

	/**
	 * Repairs the active schedule around a machine that is down from {@code from} to
	 * {@code until}: nothing runs on it then; operations elsewhere keep their place where
	 * they can. The repaired schedule is active at once.
	 * @return empty when the tenant has no active schedule or nothing is on the resource.
	 */
	public Optional<StoredSchedule> repairDowntime(TenantId tenant, UUID resourceId, Instant from, Instant until) {
		return repairAround(tenant, resourceId, from, until, ScheduleReason.DOWNTIME);
	}

	/**
	 * Repairs the active schedule after shop-floor feedback: a breakdown reported on a
	 * work order takes its resource out like a downtime; a late finish re-plans what
	 * follows, with the frozen horizon kept where it can be. Active at once.
	 * @return empty when the tenant has no active schedule or it was not touched.
	 */
	public Optional<StoredSchedule> repairAfterFeedback(TenantId tenant, @Nullable UUID brokenResource, Instant at) {
		if (brokenResource != null) {
			return repairAround(tenant, brokenResource, at, at.plus(this.settings.expectedDowntime()),
					ScheduleReason.DEVIATION);
		}
		return locked(tenant, () -> {
			Optional<StoredSchedule> found = active(tenant);
			if (found.isEmpty()) {
				return Optional.empty();
			}
			Instant now = now();
			Run run = new Run(tenant, now, ScheduleReason.DEVIATION, null);
			run.basedOn = found.get();
			run.previous = operationsOf(found.get());
			run.freezeUntil = now.plus(this.settings.frozenHorizon());
			run.timeLimit = this.settings.repairTimeLimit();
			return Optional.of(store(tenant, solveFrozenIfPossible(run, now), ScheduleStatus.ACTIVE));
		});
	}

	private Optional<StoredSchedule> repairAround(TenantId tenant, UUID resourceId, Instant from, Instant until,
			ScheduleReason reason) {
		return locked(tenant, () -> {
			Optional<StoredSchedule> found = this.records.activeId(tenant)
				.flatMap((id) -> this.records.find(tenant, id));
			if (found.isEmpty()) {
				return Optional.empty();
			}
			StoredSchedule active = found.get();
			boolean hit = active.operations()
				.stream()
				.map(Placed::operation)
				.anyMatch((op) -> op.resourceId().equals(resourceId) && op.end().isAfter(from));
			if (!hit) {
				return Optional.empty();
			}
			Instant now = now();
			Run run = new Run(tenant, now, reason, null);
			run.basedOn = active;
			run.previous = operationsOf(active).stream()
				.filter((op) -> !(op.resourceId().equals(resourceId) && op.end().isAfter(from)))
				.toList();
			run.freezeUntil = now.plus(this.settings.frozenHorizon());
			run.down = new Down(resourceId, from, until);
			run.timeLimit = this.settings.repairTimeLimit();
			return Optional.of(store(tenant, solveFrozenIfPossible(run, now), ScheduleStatus.ACTIVE));
		});
	}

	/**
	 * Solves with the frozen horizon; when frozen operations wait for work that had to
	 * move (on a down machine, after a late finish) they cannot keep their place, so the
	 * repair is made without the frozen horizon, still moving as little as possible.
	 */
	private Solved solveFrozenIfPossible(Run run, Instant now) {
		try {
			return solve(run);
		}
		catch (KaiwuProblem ex) {
			log.info("Repair with the frozen horizon failed ({}); repairing without it", ex.getMessage());
			run.freezeUntil = now;
			return solve(run);
		}
	}

	/**
	 * Plans the rest around the operations a planner placed by hand on a draft: a new
	 * draft in which those keep resource and start.
	 */
	public StoredSchedule replanAround(TenantId tenant, UUID scheduleId) {
		return locked(tenant, () -> {
			StoredSchedule draft = find(tenant, scheduleId);
			Run run = new Run(tenant, now(), ScheduleReason.MANUAL, null);
			run.basedOn = draft;
			run.previous = operationsOf(draft);
			run.pinned = draft.operations().stream().filter(Placed::movedByHand).map(Placed::operation).toList();
			return store(tenant, solve(run), ScheduleStatus.DRAFT);
		});
	}

	/** Approves a draft: it becomes the active schedule, the one before is superseded. */
	public StoredSchedule activate(TenantId tenant, UUID scheduleId) {
		return locked(tenant, () -> {
			StoredSchedule draft = find(tenant, scheduleId);
			if (draft.status() != ScheduleStatus.DRAFT) {
				throw new KaiwuProblem.Conflict("planning.problem.not-draft", draft.number(), draft.status().name());
			}
			this.transaction.executeWithoutResult((tx) -> {
				this.records.activeId(tenant)
					.ifPresent((id) -> this.records.status(tenant, id, ScheduleStatus.SUPERSEDED, null));
				this.records.status(tenant, scheduleId, ScheduleStatus.ACTIVE, now());
			});
			return find(tenant, scheduleId);
		});
	}

	/** Throws a draft away. */
	public StoredSchedule discard(TenantId tenant, UUID scheduleId) {
		return locked(tenant, () -> {
			StoredSchedule draft = find(tenant, scheduleId);
			if (draft.status() != ScheduleStatus.DRAFT) {
				throw new KaiwuProblem.Conflict("planning.problem.not-draft", draft.number(), draft.status().name());
			}
			this.records.status(tenant, scheduleId, ScheduleStatus.DISCARDED, null);
			return find(tenant, scheduleId);
		});
	}

	/**
	 * Moves one operation of a draft by hand (drag on the Gantt): to another resource
	 * that can do it, or another start; it keeps its length (scaled by the resource's
	 * speed). Conflicts it makes are shown, not refused; {@link #replanAround} resolves
	 * them.
	 */
	public StoredSchedule move(TenantId tenant, UUID scheduleId, UUID workOrderId, UUID resourceId, Instant start) {
		return locked(tenant, () -> {
			StoredSchedule draft = find(tenant, scheduleId);
			if (draft.status() != ScheduleStatus.DRAFT) {
				throw new KaiwuProblem.Conflict("planning.problem.not-draft", draft.number(), draft.status().name());
			}
			PlannedOperation op = draft.operations()
				.stream()
				.map(Placed::operation)
				.filter((o) -> o.workOrderId().equals(workOrderId))
				.findFirst()
				.orElseThrow(() -> new KaiwuProblem.NotFound("work order", workOrderId));
			OrdersToPlan.Step step = this.orders.released(tenant)
				.stream()
				.flatMap((o) -> o.steps().stream())
				.filter((s) -> s.workOrderId().equals(workOrderId))
				.findFirst()
				.orElseThrow(() -> new KaiwuProblem.Conflict("planning.problem.work-order-done", workOrderId));
			OrdersToPlan.Alternative to = step.resources()
				.stream()
				.filter((a) -> a.resourceId().equals(resourceId))
				.findFirst()
				.orElseThrow(
						() -> new KaiwuProblem.Conflict("planning.problem.resource-cannot", step.number(), resourceId));
			OrdersToPlan.Alternative from = step.resources()
				.stream()
				.filter((a) -> a.resourceId().equals(op.resourceId()))
				.findFirst()
				.orElse(to);
			long seconds = Duration.between(op.start(), op.end()).toSeconds();
			long scaled = Math.round(seconds * from.speedFactor().doubleValue() / to.speedFactor().doubleValue());
			Instant at = start.truncatedTo(ChronoUnit.MINUTES);
			this.records.move(tenant, scheduleId, new PlannedOperation(op.productionOrderId(), workOrderId, resourceId,
					at, at.plusSeconds(scaled), op.setupMinutes()));
			return find(tenant, scheduleId);
		});
	}

	public StoredSchedule find(TenantId tenant, UUID scheduleId) {
		return this.records.find(tenant, scheduleId)
			.orElseThrow(() -> new KaiwuProblem.NotFound("schedule", scheduleId));
	}

	public Optional<StoredSchedule> active(TenantId tenant) {
		return this.records.activeId(tenant).flatMap((id) -> this.records.find(tenant, id));
	}

	/** The tenant's newest schedules, without their rows. */
	public List<StoredSchedule> recent(TenantId tenant) {
		return this.records.list(tenant, 50);
	}

	// ---- one run

	/** What one planning run starts from. */
	private static final class Run {

		final TenantId tenant;

		final Instant now;

		final ScheduleReason reason;

		final @Nullable String note;

		@Nullable StoredSchedule basedOn;

		List<PlannedOperation> previous = List.of();

		Instant freezeUntil;

		List<PlannedOperation> pinned = List.of();

		@Nullable Down down;

		@Nullable Duration timeLimit;

		Run(TenantId tenant, Instant now, ScheduleReason reason, @Nullable String note) {
			this.tenant = tenant;
			this.now = now;
			this.reason = reason;
			this.note = note;
			this.freezeUntil = now;
		}

	}

	/** A resource that is down. */
	private record Down(UUID resourceId, Instant from, Instant until) {
	}

	/** What the engine answered, in instants. */
	private record Solved(Run run, ProblemTranslation translation, Schedule schedule, long millis) {
	}

	private Solved solve(Run run) {
		List<OrderToPlan> released = this.orders.released(run.tenant);
		if (released.isEmpty()) {
			throw new KaiwuProblem.Conflict("planning.problem.nothing-released");
		}
		Instant horizonEnd = run.now.plus(this.settings.horizon());
		Set<UUID> resources = new LinkedHashSet<>();
		Set<String> families = new LinkedHashSet<>();
		for (OrderToPlan order : released) {
			families.add(order.family());
			order.steps().forEach((s) -> s.resources().forEach((a) -> resources.add(a.resourceId())));
		}
		Map<UUID, List<PlanningInput.Window>> available = new HashMap<>();
		Map<UUID, Map<String, Map<String, Duration>>> setups = new HashMap<>();
		for (UUID resource : resources) {
			List<PlanningInput.Window> windows = this.workCentres.available(run.tenant, resource, run.now, horizonEnd)
				.stream()
				.map((w) -> new PlanningInput.Window(w.start(), w.end()))
				.toList();
			Down down = run.down;
			if (down != null && down.resourceId().equals(resource)) {
				windows = without(windows, down.from(), down.until());
			}
			available.put(resource, windows);
			setups.put(resource, matrix(run.tenant, resource, families));
		}
		Map<UUID, ZoneId> zones = new HashMap<>();
		PlanningInput input = new PlanningInput(run.now, horizonEnd, released, available, setups, run.previous,
				run.freezeUntil, run.pinned, Objective.standard(),
				(run.timeLimit != null) ? run.timeLimit : this.settings.timeLimit(), this.settings.workers(),
				(plant, day) -> day.atStartOfDay(zones.computeIfAbsent(plant, (p) -> zone(run.tenant, p))).toInstant());
		ProblemTranslation translation = new ProblemTranslation(input);
		long started = System.nanoTime();
		try {
			Schedule schedule = this.solver.solve(translation.problem());
			return new Solved(run, translation, schedule, (System.nanoTime() - started) / 1_000_000);
		}
		catch (ProblemRefused ex) {
			throw new KaiwuProblem.Conflict(
					"planning.problem.refused." + ex.reason().name().toLowerCase().replace('_', '-'),
					workOrderNumber(released, ex.subject()));
		}
	}

	private StoredSchedule store(TenantId tenant, Solved solved, ScheduleStatus status) {
		Run run = solved.run();
		Schedule schedule = solved.schedule();
		List<PlannedOperation> operations = solved.translation().operations(schedule);
		Map<UUID, OrderOutcome> outcomes = solved.translation().outcomes(schedule);
		StoredSchedule basedOn = run.basedOn;
		Map<UUID, PlannedOperation> before = new HashMap<>();
		Map<UUID, Boolean> lateBefore = new HashMap<>();
		if (basedOn != null) {
			basedOn.operations().forEach((p) -> before.put(p.operation().workOrderId(), p.operation()));
			basedOn.orders().forEach((o) -> lateBefore.put(o.outcome().productionOrderId(), o.outcome().late()));
		}
		List<Change> changes = new ArrayList<>();
		if (basedOn != null) {
			for (PlannedOperation now : operations) {
				PlannedOperation then = before.get(now.workOrderId());
				if (then == null) {
					changes.add(new Change(now.workOrderId(), now.productionOrderId(), null, null, now.resourceId(),
							now.start()));
				}
				else if (!then.resourceId().equals(now.resourceId()) || !then.start().equals(now.start())) {
					changes.add(new Change(now.workOrderId(), now.productionOrderId(), then.resourceId(), then.start(),
							now.resourceId(), now.start()));
				}
			}
		}
		Set<UUID> pinnedIds = new HashSet<>();
		run.pinned.forEach((p) -> pinnedIds.add(p.workOrderId()));
		List<Outcome> orders = outcomes.values()
			.stream()
			.map((o) -> new Outcome(o,
					basedOn != null && o.late() && !lateBefore.getOrDefault(o.productionOrderId(), false)))
			.toList();
		double utilisation = schedule.kpis()
			.utilisation()
			.values()
			.stream()
			.mapToDouble(Double::doubleValue)
			.average()
			.orElse(0);
		Kpis kpis = new Kpis(schedule.kpis().makespan(), schedule.kpis().totalSetup(),
				schedule.kpis().weightedTardiness(), ScheduleRecords.share(schedule.kpis().onTimeRate()),
				ScheduleRecords.share(utilisation));
		Instant now = now();
		UUID id = UUID.randomUUID();
		this.transaction.executeWithoutResult((tx) -> {
			StoredSchedule stored = new StoredSchedule(id, this.records.nextNumber(tenant), status, run.reason,
					(basedOn != null) ? basedOn.id() : null, noteOf(tenant, run), solved.translation().at(0),
					run.freezeUntil, schedule.status().name(), solved.millis(), kpis, CurrentPrincipal.actorName(), now,
					(status == ScheduleStatus.ACTIVE) ? now : null,
					operations.stream().map((op) -> new Placed(op, pinnedIds.contains(op.workOrderId()))).toList(),
					orders, changes);
			if (status == ScheduleStatus.ACTIVE) {
				this.records.activeId(tenant)
					.ifPresent((active) -> this.records.status(tenant, active, ScheduleStatus.SUPERSEDED, null));
			}
			this.records.insert(tenant, stored);
		});
		return find(tenant, id);
	}

	/**
	 * The planner's note; for a repair, the down resource's code and the assumed stop.
	 */
	private @Nullable String noteOf(TenantId tenant, Run run) {
		Down down = run.down;
		if (down != null) {
			String code = this.workCentres.resource(tenant, down.resourceId())
				.map(WorkCentres.Resource::code)
				.orElse(down.resourceId().toString());
			return code + " " + down.from() + " → " + down.until();
		}
		return run.note;
	}

	private Map<String, Map<String, Duration>> matrix(TenantId tenant, UUID resource, Set<String> families) {
		Optional<WorkCentres.Resource> found = this.workCentres.resource(tenant, resource);
		if (found.isEmpty() || families.size() < 2) {
			return Map.of();
		}
		UUID workCentre = found.get().workCentreId();
		Map<String, Map<String, Duration>> matrix = new HashMap<>();
		for (String from : families) {
			for (String to : families) {
				if (!from.equals(to)) {
					this.routings.familySetup(tenant, workCentre, from, to)
						.ifPresent((d) -> matrix.computeIfAbsent(from, (f) -> new HashMap<>()).put(to, d));
				}
			}
		}
		return matrix;
	}

	/** The windows with {@code [from, until)} cut out. */
	static List<PlanningInput.Window> without(List<PlanningInput.Window> windows, Instant from, Instant until) {
		List<PlanningInput.Window> left = new ArrayList<>();
		for (PlanningInput.Window w : windows) {
			if (!w.end().isAfter(from) || !w.start().isBefore(until)) {
				left.add(w);
				continue;
			}
			if (w.start().isBefore(from)) {
				left.add(new PlanningInput.Window(w.start(), from));
			}
			if (w.end().isAfter(until)) {
				left.add(new PlanningInput.Window(until, w.end()));
			}
		}
		return left;
	}

	private ZoneId zone(TenantId tenant, UUID plant) {
		return this.structure.findNode(tenant, plant)
			.map(StructureNode::timeZone)
			.filter((z) -> z != null && !z.isBlank())
			.map(ZoneId::of)
			.orElse(ZoneOffset.UTC);
	}

	private static String workOrderNumber(List<OrderToPlan> released, @Nullable String subject) {
		if (subject == null) {
			return "";
		}
		return released.stream()
			.flatMap((o) -> o.steps().stream())
			.filter((s) -> s.workOrderId().toString().equals(subject))
			.map(OrdersToPlan.Step::number)
			.findFirst()
			.orElse(subject);
	}

	private StoredSchedule activeOrRefuse(TenantId tenant) {
		return this.records.activeId(tenant)
			.flatMap((id) -> this.records.find(tenant, id))
			.orElseThrow(() -> new KaiwuProblem.Conflict("planning.problem.no-active"));
	}

	private List<PlannedOperation> operationsOf(StoredSchedule schedule) {
		return schedule.operations().stream().map(Placed::operation).toList();
	}

	private Instant now() {
		return this.clock.instant();
	}

	private <T> T locked(TenantId tenant, Supplier<T> work) {
		ReentrantLock lock = this.locks.computeIfAbsent(tenant, (t) -> new ReentrantLock());
		lock.lock();
		try {
			return work.get();
		}
		finally {
			lock.unlock();
		}
	}

}
