package io.kaiwu.equipment.board;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.alarm.AlarmLookup;
import io.kaiwu.alarm.AlarmSummary;
import io.kaiwu.alarm.Originator;
import io.kaiwu.device.DeviceCatalog;
import io.kaiwu.device.DeviceSummary;
import io.kaiwu.device.PropertyDefinition;
import io.kaiwu.equipment.effectiveness.Grouping;
import io.kaiwu.equipment.effectiveness.MeasuringOee;
import io.kaiwu.equipment.effectiveness.OeePeriod;
import io.kaiwu.equipment.registry.Equipment;
import io.kaiwu.equipment.registry.ManagingEquipment;
import io.kaiwu.equipment.timeline.StateInterval;
import io.kaiwu.equipment.timeline.StateIntervals;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.TenantId;
import io.kaiwu.telemetry.Measurement;
import io.kaiwu.telemetry.TelemetryStore;
import io.kaiwu.tenancy.EnterpriseStructure;
import io.kaiwu.tenancy.NodeLevel;
import io.kaiwu.tenancy.StructureNode;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * The tiles of the equipment board for a node (a line, a workshop, a site) or for all of
 * a tenant's machines. States, alarms and values are read fresh on every call; today's
 * OEE is computed at most once a minute per machine ({@link TodaysOee}), however many
 * boards ask.
 */
@Service
public class EquipmentBoard {

	/** Message key: the site has no shift calendar. */
	public static final String NO_CALENDAR = "equipment.oee.reason.no-calendar";

	private static final String NO_CALENDAR_PROBLEM = "problem.equipment.oee.no-calendar";

	/** Latest values shown per tile at most. */
	static final int KEY_VALUES = 4;

	private final ManagingEquipment equipment;

	private final StateIntervals intervals;

	private final AlarmLookup alarms;

	private final TelemetryStore telemetry;

	private final DeviceCatalog devices;

	private final MeasuringOee oee;

	private final EnterpriseStructure structure;

	/** Today's periods per machine, or the conflict that says why there are none. */
	private final TodaysOee<Today> todays = new TodaysOee<>();

	/** Today's OEE of a machine as computed: the day's periods, or why there are none. */
	private record Today(List<OeePeriod> periods, KaiwuProblem.@Nullable Conflict refused) {
	}

	EquipmentBoard(ManagingEquipment equipment, StateIntervals intervals, AlarmLookup alarms, TelemetryStore telemetry,
			DeviceCatalog devices, MeasuringOee oee, EnterpriseStructure structure) {
		this.equipment = equipment;
		this.intervals = intervals;
		this.alarms = alarms;
		this.telemetry = telemetry;
		this.devices = devices;
		this.oee = oee;
		this.structure = structure;
	}

	/**
	 * The tiles of the machines on a node and below it, sorted by code.
	 * @param nodeId {@literal null}: all of the tenant's machines
	 */
	public List<Tile> tiles(TenantId tenant, @Nullable UUID nodeId, Locale locale) {
		Map<String, AlarmSummary> openAlarms = new HashMap<>();
		// most severe first, then newest: the first per device is the one to show
		for (AlarmSummary alarm : this.alarms.open(tenant, Originator.DEVICE, 1000)) {
			openAlarms.putIfAbsent(alarm.originator().id(), alarm);
		}
		List<Tile> tiles = new ArrayList<>();
		for (Equipment machine : this.equipment.under(tenant, nodeId)) {
			Optional<StateInterval> now = this.intervals.open(tenant, machine.id());
			AlarmSummary alarm = (machine.deviceId() != null) ? openAlarms.get(machine.deviceId().toString()) : null;
			Double todaysOee = null;
			String reason = null;
			Today computed = today(tenant, machine);
			List<OeePeriod> today = computed.periods();
			if (computed.refused() != null) {
				reason = NO_CALENDAR_PROBLEM.equals(computed.refused().messageKey()) ? NO_CALENDAR
						: MeasuringOee.NO_IDEAL_CYCLE_TIME;
			}
			else {
				todaysOee = today.isEmpty() || today.get(0).oee() == null ? null : today.get(0).oee().oee();
				reason = today.isEmpty() ? MeasuringOee.NO_PLANNED_TIME : today.get(0).reason();
			}
			tiles.add(new Tile(machine.id(), machine.code(), machine.name(), now.map(StateInterval::state).orElse(null),
					now.map(StateInterval::startedAt).orElse(null), alarm, values(tenant, machine, locale), todaysOee,
					reason));
		}
		return tiles;
	}

	/**
	 * Today's OEE so far, today being the day in the machine's site's zone; computed at
	 * most once a minute.
	 */
	private Today today(TenantId tenant, Equipment machine) {
		ZoneId zone = zoneOf(tenant, machine.nodeId());
		Instant now = Instant.now();
		LocalDate day = LocalDate.ofInstant(now, zone);
		return this.todays.get(machine.id(), day, now, () -> {
			Instant from = day.atStartOfDay(zone).toInstant();
			Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
			try {
				return new Today(this.oee.machine(tenant, machine.id(), from, to, Grouping.DAY), null);
			}
			catch (KaiwuProblem.Conflict ex) {
				return new Today(List.of(), ex);
			}
		});
	}

	private List<Tile.KeyValue> values(TenantId tenant, Equipment machine, Locale locale) {
		if (machine.deviceId() == null) {
			return List.of();
		}
		Optional<DeviceSummary> device = this.devices.device(tenant, machine.deviceId());
		if (device.isEmpty()) {
			return List.of();
		}
		Map<String, Measurement> latest = new HashMap<>();
		this.telemetry.latest(tenant, machine.deviceId()).forEach((m) -> latest.put(m.property(), m));
		List<Tile.KeyValue> values = new ArrayList<>();
		// in the order of the thing model, numbers first: the key process values
		for (PropertyDefinition p : device.get().properties()) {
			Measurement m = latest.get(p.identifier());
			if (m != null && m.number() != null && p.dataType().numeric() && values.size() < KEY_VALUES) {
				String label = (locale.getLanguage().equals("en") && !p.nameEn().isEmpty()) ? p.nameEn() : p.nameZh();
				values.add(new Tile.KeyValue(p.identifier(), label, display(m.number(), p)));
			}
		}
		return values;
	}

	private static String display(double number, PropertyDefinition p) {
		String value = p.dataType().whole() ? String.valueOf(Math.round(number))
				: BigDecimal.valueOf(number)
					.setScale((p.precision() != null) ? p.precision() : 2, RoundingMode.HALF_UP)
					.toPlainString();
		return p.unit().isEmpty() ? value : value + " " + p.unit();
	}

	private ZoneId zoneOf(TenantId tenant, UUID nodeId) {
		Optional<StructureNode> node = this.structure.findNode(tenant, nodeId);
		while (node.isPresent() && node.get().level() != NodeLevel.SITE && node.get().parentId() != null) {
			node = this.structure.findNode(tenant, node.get().parentId());
		}
		return ZoneId.of(node.map(StructureNode::timeZone).orElse("Asia/Shanghai"));
	}

}
