package io.kaiwu.equipment.downtime;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.kaiwu.equipment.MachineState;
import io.kaiwu.equipment.registry.Equipment;
import io.kaiwu.equipment.registry.ManagingEquipment;
import io.kaiwu.equipment.timeline.MachineHistory;
import io.kaiwu.equipment.timeline.StateInterval;
import io.kaiwu.equipment.timeline.StateIntervals;
import io.kaiwu.shared.ChangeRecorded;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The tenant's downtime reason tree, seeded with a default tree the first time it is
 * used, and the reasons operators pick for stops ({@code DOWN}, {@code SETUP} and
 * {@code IDLE} intervals). Changes are audited ({@code downtime-reason},
 * {@code machine-stop}).
 */
@Service
public class DowntimeReasons {

	/** The states an operator gives a reason for. */
	public static final Set<MachineState> STOPS = EnumSet.of(MachineState.DOWN, MachineState.SETUP, MachineState.IDLE);

	/** The default tree: code, parent code (or empty), Chinese and English name. */
	private static final String[][] DEFAULT_TREE = { { "BREAKDOWN", "", "设备故障", "Equipment failure" },
			{ "BREAKDOWN-MECH", "BREAKDOWN", "机械故障", "Mechanical" },
			{ "BREAKDOWN-ELEC", "BREAKDOWN", "电气故障", "Electrical" },
			{ "BREAKDOWN-HYD", "BREAKDOWN", "液压气动故障", "Hydraulic or pneumatic" },
			{ "CHANGEOVER", "", "换型", "Changeover" }, { "NO-MATERIAL", "", "待料", "Waiting for material" },
			{ "NO-OPERATOR", "", "缺人", "No operator" }, { "QUALITY", "", "质量问题", "Quality problem" },
			{ "TOOLING", "", "刀具/模具", "Tooling" }, { "OTHER", "", "其他", "Other" } };

	/**
	 * A stop with its machine and the reason picked; {@code reason} null when none yet.
	 */
	public record Stop(StateInterval interval, Equipment machine, @Nullable DowntimeReason reason) {
	}

	/** One bar of the Pareto chart: the stop time and number of stops of one reason. */
	public record ParetoBar(@Nullable UUID reasonId, @Nullable String label, double minutes, long stops) {
	}

	private final ReasonRecords records;

	private final StateIntervals intervals;

	private final ManagingEquipment equipment;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate seeding;

	DowntimeReasons(ReasonRecords records, StateIntervals intervals, ManagingEquipment equipment,
			ApplicationEventPublisher events, PlatformTransactionManager transactions) {
		this.records = records;
		this.intervals = intervals;
		this.equipment = equipment;
		this.events = events;
		this.seeding = new TransactionTemplate(transactions);
		this.seeding.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * The tenant's reasons, parents before children; the default tree on first use,
	 * seeded in a transaction of its own (when two first uses meet, the second finds the
	 * tree the first seeded).
	 */
	@Transactional
	public List<DowntimeReason> tree(TenantId tenant) {
		List<DowntimeReason> all = this.records.all(tenant);
		if (!all.isEmpty()) {
			return all;
		}
		try {
			this.seeding.executeWithoutResult((tx) -> seed(tenant));
		}
		catch (DuplicateKeyException ex) {
			// seeded meanwhile by another request
		}
		return this.records.all(tenant);
	}

	private void seed(TenantId tenant) {
		if (!this.records.all(tenant).isEmpty()) {
			return;
		}
		Map<String, UUID> ids = new HashMap<>();
		int order = 0;
		for (String[] row : DEFAULT_TREE) {
			UUID parent = row[1].isEmpty() ? null : ids.get(row[1]);
			DowntimeReason reason = new DowntimeReason(UUID.randomUUID(), tenant, parent, row[0], row[2], row[3],
					order += 10, Instant.now());
			this.records.insert(reason);
			ids.put(row[0], reason.id());
			this.events.publishEvent(ChangeRecorded.created(tenant, "downtime-reason", reason.id(), audited(reason)));
		}
	}

	@Transactional
	public DowntimeReason create(TenantId tenant, @Nullable String code, @Nullable String nameZh,
			@Nullable String nameEn, @Nullable UUID parentId) {
		tree(tenant);
		List<KaiwuProblem.FieldError> errors = new ArrayList<>();
		if (code == null || code.isBlank() || code.strip().length() > 32) {
			errors.add(new KaiwuProblem.FieldError("code", "problem.equipment.reason.code"));
		}
		else if (this.records.codeTaken(tenant, code.strip())) {
			errors.add(new KaiwuProblem.FieldError("code", "problem.equipment.code-taken", code.strip()));
		}
		if (nameZh == null || nameZh.isBlank()) {
			errors.add(new KaiwuProblem.FieldError("nameZh", "problem.equipment.required"));
		}
		else if (nameZh.strip().length() > 100) {
			errors.add(new KaiwuProblem.FieldError("nameZh", "problem.equipment.too-long", 100));
		}
		if (nameEn != null && nameEn.strip().length() > 100) {
			errors.add(new KaiwuProblem.FieldError("nameEn", "problem.equipment.too-long", 100));
		}
		if (parentId != null && this.records.find(tenant, parentId).isEmpty()) {
			errors.add(new KaiwuProblem.FieldError("parentId", "problem.equipment.reason.unknown", parentId));
		}
		if (!errors.isEmpty() || code == null || nameZh == null) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		int order = this.records.all(tenant).stream().mapToInt(DowntimeReason::sortOrder).max().orElse(0) + 10;
		DowntimeReason reason = new DowntimeReason(UUID.randomUUID(), tenant, parentId, code.strip(), nameZh.strip(),
				(nameEn != null) ? nameEn.strip() : "", order, Instant.now());
		this.records.insert(reason);
		this.events.publishEvent(ChangeRecorded.created(tenant, "downtime-reason", reason.id(), audited(reason)));
		return reason;
	}

	/** Deletes a reason that has no sub-reasons and was never picked. */
	@Transactional
	public void delete(TenantId tenant, UUID id) {
		DowntimeReason reason = this.records.find(tenant, id)
			.orElseThrow(() -> new KaiwuProblem.NotFound("downtime-reason", id));
		if (this.records.children(tenant, id) > 0) {
			throw new KaiwuProblem.Conflict("problem.equipment.reason.has-children", reason.nameZh());
		}
		long uses = this.records.uses(tenant, id);
		if (uses > 0) {
			throw new KaiwuProblem.Conflict("problem.equipment.reason.in-use", reason.nameZh(), uses);
		}
		this.records.delete(tenant, id);
		this.events.publishEvent(ChangeRecorded.deleted(tenant, "downtime-reason", id, audited(reason)));
	}

	/** An operator picks the reason of a stop of a machine. */
	@Transactional
	public StateInterval assign(TenantId tenant, UUID equipmentId, UUID intervalId, @Nullable UUID reasonId) {
		this.equipment.get(tenant, equipmentId);
		StateInterval stop = this.intervals.find(tenant, intervalId)
			.filter((i) -> i.equipmentId().equals(equipmentId))
			.orElseThrow(() -> new KaiwuProblem.NotFound("machine-stop", intervalId));
		if (!STOPS.contains(stop.state())) {
			throw new KaiwuProblem.InvalidInput("intervalId", "problem.equipment.reason.not-a-stop", stop.state());
		}
		if (reasonId == null || this.records.find(tenant, reasonId).isEmpty()) {
			throw new KaiwuProblem.InvalidInput("reasonId", "problem.equipment.reason.unknown", reasonId);
		}
		this.intervals.reason(tenant, intervalId, reasonId);
		this.events.publishEvent(ChangeRecorded.updated(tenant, "machine-stop", intervalId,
				Map.of("reasonId", String.valueOf(stop.reasonId())), Map.of("reasonId", reasonId.toString())));
		return this.intervals.find(tenant, intervalId).orElseThrow();
	}

	/**
	 * The stops of the machines on a node (or all) that began in {@code [from, to)},
	 * newest first.
	 */
	@Transactional(readOnly = true)
	public List<Stop> stops(TenantId tenant, @Nullable UUID nodeId, Instant from, Instant to, int limit) {
		MachineHistory.checkSpan(from, to);
		Map<UUID, Equipment> machines = this.equipment.under(tenant, nodeId)
			.stream()
			.collect(Collectors.toMap(Equipment::id, Function.identity()));
		Map<UUID, DowntimeReason> reasons = this.records.all(tenant)
			.stream()
			.collect(Collectors.toMap(DowntimeReason::id, Function.identity()));
		return this.intervals.stops(tenant, List.copyOf(machines.keySet()), List.copyOf(STOPS), from, to, limit)
			.stream()
			.map((i) -> new Stop(i, machines.get(i.equipmentId()),
					(i.reasonId() != null) ? reasons.get(i.reasonId()) : null))
			.toList();
	}

	/**
	 * Stop time per reason, most first ({@code label} null for stops without a reason).
	 * Open stops count up to now.
	 */
	@Transactional(readOnly = true)
	public List<ParetoBar> pareto(TenantId tenant, @Nullable UUID nodeId, Instant from, Instant to, Locale locale) {
		Map<UUID, DowntimeReason> reasons = this.records.all(tenant)
			.stream()
			.collect(Collectors.toMap(DowntimeReason::id, Function.identity()));
		Map<@Nullable UUID, double[]> bars = new LinkedHashMap<>();
		Instant now = Instant.now();
		for (Stop stop : stops(tenant, nodeId, from, to, 10_000)) {
			double[] bar = bars.computeIfAbsent(stop.interval().reasonId(), (id) -> new double[2]);
			bar[0] += stop.interval().length(now).toMillis() / 60_000.0;
			bar[1] += 1;
		}
		return bars.entrySet()
			.stream()
			.map((e) -> new ParetoBar(e.getKey(), (e.getKey() != null) ? label(reasons, e.getKey(), locale) : null,
					e.getValue()[0], (long) e.getValue()[1]))
			.sorted(Comparator.comparingDouble(ParetoBar::minutes).reversed())
			.toList();
	}

	/** The reason's name with its parents: 设备故障 › 机械故障. */
	public static String label(Map<UUID, DowntimeReason> reasons, UUID id, Locale locale) {
		DowntimeReason reason = reasons.get(id);
		if (reason == null) {
			return id.toString();
		}
		String name = reason.name(locale);
		return (reason.parentId() != null && reasons.containsKey(reason.parentId()))
				? label(reasons, reason.parentId(), locale) + " › " + name : name;
	}

	private static Map<String, Object> audited(DowntimeReason r) {
		Map<String, Object> audit = new LinkedHashMap<>();
		audit.put("code", r.code());
		audit.put("nameZh", r.nameZh());
		audit.put("nameEn", r.nameEn());
		audit.put("parentId", String.valueOf(r.parentId()));
		return audit;
	}

}
