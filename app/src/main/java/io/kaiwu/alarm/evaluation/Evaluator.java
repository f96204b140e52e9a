package io.kaiwu.alarm.evaluation;

import java.text.DecimalFormat;
import java.time.Clock;
import java.time.Duration;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.kaiwu.alarm.AlarmMessage;
import io.kaiwu.alarm.MaintenanceWindows;
import io.kaiwu.alarm.storm.StormLimiter;
import io.kaiwu.shared.TenantId;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.kaiwu.alarm.Originator;
import io.kaiwu.alarm.book.AlarmBook;
import io.kaiwu.alarm.domain.Alarm;
import io.kaiwu.alarm.expression.Values;
import io.kaiwu.alarm.rule.Condition;
import io.kaiwu.alarm.rule.Rule;
import io.kaiwu.alarm.rule.Track;
import io.kaiwu.alarm.rule.Verdict;
import io.kaiwu.alarm.store.AlarmRecords;
import io.kaiwu.alarm.store.RuleRecords;
import io.kaiwu.device.DeviceCatalog;
import io.kaiwu.device.DeviceRegistry;
import io.kaiwu.device.DeviceSummary;
import io.kaiwu.device.PropertyDefinition;
import io.kaiwu.telemetry.Measurement;
import io.kaiwu.telemetry.DeviceMeasurements;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Judges measurements against the enabled rules. Used by the evaluation thread only, so
 * its maps need no locks. A track is made the first time a rule sees an originator; it
 * starts active when an active alarm of the rule is open for the originator (after a
 * restart).
 */
class Evaluator {

	private static final Logger log = LoggerFactory.getLogger(Evaluator.class);

	private final RuleRecords rules;

	private final AlarmRecords alarms;

	private final AlarmBook book;

	private final DeviceRegistry devices;

	/** For loading the devices of device rules when the rules are loaded. */
	private final DeviceCatalog catalog;

	private Map<UUID, List<Rule>> byDeviceOrType = Map.of();

	private final Map<TrackKey, Track> tracks = new HashMap<>();

	/**
	 * The newest value of each property that an expression rule reads, per device: an
	 * expression is judged with the other properties' newest values.
	 */
	private final Map<UUID, Newest> newest = new HashMap<>();

	/** Every property some expression rule reads. */
	private Set<String> expressionProperties = Set.of();

	/** Devices by id, for their type, name and thing model. */
	private final Map<UUID, DeviceSummary> knownDevices = new HashMap<>();

	/**
	 * The devices that have tracks, kept across cache clears: a silent device sends
	 * nothing that would bring it back into the cache.
	 */
	private final Map<UUID, DeviceSummary> trackedDevices = new HashMap<>();

	/** The planned maintenance windows: an originator in one gets suppressed alarms. */
	private final List<MaintenanceWindows> windows;

	/** New alarms per device within the storm window; the excess is folded. */
	private final StormLimiter<Source> storms;

	private final StormSettings stormSettings;

	/** Counts every raise folded into a storm alarm. */
	private final Counter folded;

	/** From the breaking value's timestamp to its alarm stored. */
	private final Timer raiseDelay;

	private final Clock clock;

	/** Whose storm: a device of a tenant. */
	private record Source(TenantId tenant, Originator originator) {
	}

	Evaluator(RuleRecords rules, AlarmRecords alarms, AlarmBook book, DeviceRegistry devices, DeviceCatalog catalog,
			List<MaintenanceWindows> windows, StormSettings stormSettings, Counter folded, Timer raiseDelay,
			Clock clock) {
		this.raiseDelay = raiseDelay;
		this.catalog = catalog;
		this.windows = windows;
		this.stormSettings = stormSettings;
		this.storms = new StormLimiter<>(stormSettings.maxRaises(), stormSettings.window());
		this.folded = folded;
		this.clock = clock;
		this.rules = rules;
		this.alarms = alarms;
		this.book = book;
		this.devices = devices;
	}

	private record TrackKey(Rule rule, UUID device) {
	}

	/** Reads the enabled rules again; tracks of changed or deleted rules are dropped. */
	void reload() {
		Map<UUID, List<Rule>> next = new HashMap<>();
		for (Rule rule : this.rules.enabled()) {
			UUID scope = (rule.deviceId() != null) ? rule.deviceId() : rule.deviceTypeId();
			next.computeIfAbsent(scope, (k) -> new ArrayList<>()).add(rule);
		}
		this.byDeviceOrType = next;
		// look the devices of device rules up now, not on their first values: a thousand
		// lookups at once under load would overflow the queue
		for (List<Rule> scoped : next.values()) {
			for (Rule rule : scoped) {
				UUID deviceId = rule.deviceId();
				if (deviceId != null && !this.knownDevices.containsKey(deviceId)) {
					this.catalog.device(rule.tenant(), deviceId).ifPresent((d) -> this.knownDevices.put(deviceId, d));
				}
			}
		}
		Set<String> read = new HashSet<>();
		next.values()
			.forEach((rules) -> rules.stream()
				.filter((rule) -> rule.condition() instanceof Condition.Expressed)
				.forEach((rule) -> read.addAll(rule.properties())));
		this.expressionProperties = read;
		this.tracks.keySet().removeIf((key) -> !next.getOrDefault(scopeOf(key.rule()), List.of()).contains(key.rule()));
	}

	/**
	 * The devices and device types that some enabled rule watches, as loaded last: a
	 * device's values matter only when its id or its type's id is in here.
	 */
	Set<UUID> scopes() {
		Set<UUID> scopes = new HashSet<>(this.byDeviceOrType.keySet());
		scopes.remove(null);
		return Set.copyOf(scopes);
	}

	private static @Nullable UUID scopeOf(Rule rule) {
		return (rule.deviceId() != null) ? rule.deviceId() : rule.deviceTypeId();
	}

	void judge(DeviceMeasurements event) {
		if (this.byDeviceOrType.isEmpty()) {
			return;
		}
		DeviceSummary device = device(event);
		if (device == null) {
			return;
		}
		List<Rule> watching = new ArrayList<>(this.byDeviceOrType.getOrDefault(device.deviceId(), List.of()));
		watching.addAll(this.byDeviceOrType.getOrDefault(device.typeId(), List.of()));
		if (watching.isEmpty()) {
			return;
		}
		List<Measurement> inOrder = new ArrayList<>(event.measurements());
		inOrder.sort(java.util.Comparator.comparing(Measurement::ts));
		Newest newest = this.newest.computeIfAbsent(device.deviceId(), (id) -> new Newest());
		int from = 0;
		while (from < inOrder.size()) {
			// the values of one moment (one message) are judged together by expressions
			Instant at = inOrder.get(from).ts();
			int to = from;
			Set<String> arrived = new HashSet<>();
			while (to < inOrder.size() && inOrder.get(to).ts().equals(at)) {
				Measurement measurement = inOrder.get(to);
				arrived.add(measurement.property());
				if (this.expressionProperties.contains(measurement.property()) && measurement.number() != null) {
					newest.put(measurement.property(), at, measurement.number());
				}
				for (Rule rule : watching) {
					if (!(rule.condition() instanceof Condition.Expressed)
							&& rule.property().equals(measurement.property())) {
						judge(rule, device, measurement);
					}
				}
				to++;
			}
			for (Rule rule : watching) {
				if (rule.condition() instanceof Condition.Expressed
						&& !Collections.disjoint(rule.properties(), arrived)) {
					Verdict verdict = track(rule, device).observe(rule.condition(), at, newest);
					act(verdict, rule, device, at, null, newest);
				}
			}
			from = to;
		}
	}

	private void judge(Rule rule, DeviceSummary device, Measurement measurement) {
		Double number = measurement.number();
		boolean noData = rule.condition() instanceof Condition.NoData;
		if (number == null && !noData) {
			return;
		}
		double value = (number == null) ? Double.NaN : number;
		Track track = track(rule, device);
		Verdict verdict = track.observe(rule.condition(), measurement.ts(), value);
		act(verdict, rule, device, measurement.ts(), (number == null) ? measurement.text() : format(number),
				(property) -> Double.NaN);
	}

	/**
	 * No-data rules look for originators that have been silent too long; the storms of
	 * devices whose rate fell back clear.
	 */
	void tick(Instant now) {
		for (Source calm : this.storms.calmed(this.clock.instant())) {
			this.book.clear(Alarm.openKey(calm.tenant(), calm.originator(), Alarm.STORM), "system", now);
		}
		for (Map.Entry<TrackKey, Track> entry : this.tracks.entrySet()) {
			Rule rule = entry.getKey().rule();
			if (rule.condition() instanceof Condition.NoData) {
				DeviceSummary device = this.trackedDevices.get(entry.getKey().device());
				if (device != null) {
					act(entry.getValue().silence(rule.condition(), now), rule, device, now, null,
							(property) -> Double.NaN);
				}
			}
		}
	}

	private void act(Verdict verdict, Rule rule, DeviceSummary device, Instant at, @Nullable String value,
			Values values) {
		Originator originator = Originator.device(device.deviceId());
		String condition = Alarm.ruleCondition(rule.id());
		if (verdict == Verdict.RAISE) {
			String suppression = inMaintenance(rule, originator, at) ? Alarm.MAINTENANCE_WINDOW : null;
			// suppressed alarms are not counted for storms
			if (suppression == null && stormy(rule, originator)) {
				this.book.fold(rule.tenant(), originator, rule.id(), rule.name(), rule.severity(), stormMessage(device),
						at);
				this.folded.increment();
				return;
			}
			this.book.raise(rule.tenant(), originator, rule.id(), condition, rule.severity(),
					message(rule, device, value, values), at, rule.escalateAfter(), suppression);
			Duration delay = Duration.between(at, this.clock.instant());
			if (!delay.isNegative()) {
				this.raiseDelay.record(delay);
			}
		}
		else if (verdict == Verdict.CLEAR) {
			this.book.clear(Alarm.openKey(rule.tenant(), originator, condition), "system", at);
		}
	}

	/**
	 * Counts the raise for storm control, and says whether it is to be folded: beyond the
	 * limit, unless it only makes the rule's open alarm active again (not a new alarm).
	 */
	private boolean stormy(Rule rule, Originator originator) {
		StormLimiter.Decision decision = this.storms.raise(new Source(rule.tenant(), originator), this.clock.instant());
		if (decision == StormLimiter.Decision.PASS) {
			return false;
		}
		return this.alarms.findOpen(Alarm.openKey(rule.tenant(), originator, Alarm.ruleCondition(rule.id()))).isEmpty();
	}

	/** The summary alarm's message: what the storm limit is. */
	private AlarmMessage stormMessage(DeviceSummary device) {
		Duration window = this.stormSettings.window();
		boolean minutes = window.toSecondsPart() == 0 && window.toMinutes() > 0;
		String zhWindow = minutes ? window.toMinutes() + " 分钟" : window.toSeconds() + " 秒";
		String enWindow = minutes ? window.toMinutes() + " min" : window.toSeconds() + " s";
		int max = this.stormSettings.maxRaises();
		return new AlarmMessage("告警风暴：" + device.name() + " 在 " + zhWindow + " 内新告警超过 " + max + " 条，其余的合并到此告警",
				"Alarm storm: more than " + max + " new alarms from " + device.name() + " within " + enWindow
						+ "; the rest are folded into this alarm");
	}

	/**
	 * Whether a planned maintenance window is open for the originator. A window source
	 * that fails is logged and counts as closed: an alarm too many beats a missed one.
	 */
	private boolean inMaintenance(Rule rule, Originator originator, Instant at) {
		for (MaintenanceWindows source : this.windows) {
			try {
				if (source.isOpen(rule.tenant(), originator, at)) {
					return true;
				}
			}
			catch (RuntimeException ex) {
				log.warn("Maintenance windows of {} could not be read; alarm not suppressed", originator, ex);
			}
		}
		return false;
	}

	private Track track(Rule rule, DeviceSummary device) {
		this.trackedDevices.put(device.deviceId(), device);
		return this.tracks.computeIfAbsent(new TrackKey(rule, device.deviceId()), (key) -> {
			Optional<Alarm> open = this.alarms.findOpen(
					Alarm.openKey(rule.tenant(), Originator.device(device.deviceId()), Alarm.ruleCondition(rule.id())));
			return new Track(open.map((a) -> a.cleared() == null).orElse(false));
		});
	}

	private @Nullable DeviceSummary device(DeviceMeasurements event) {
		DeviceSummary known = this.knownDevices.get(event.deviceId());
		if (known != null) {
			return known;
		}
		DeviceSummary found = this.devices.findByKey(event.deviceKey()).orElse(null);
		if (found != null) {
			this.knownDevices.put(found.deviceId(), found);
		}
		return found;
	}

	/** Forgets what it knows about devices (a type's thing model changed). */
	void forgetDevices() {
		this.knownDevices.clear();
	}

	private static AlarmMessage message(Rule rule, DeviceSummary device, @Nullable String value, Values values) {
		Optional<PropertyDefinition> property = device.thingModel().property(rule.property());
		String unit = property.map(PropertyDefinition::unit).orElse("");
		Double limit = rule.condition().shownLimit();
		Map<String, String> zh = new HashMap<>();
		zh.put("device", device.name());
		zh.put("value", (value == null) ? "" : value);
		zh.put("unit", unit);
		zh.put("limit", (limit == null) ? "" : format(limit));
		for (String read : rule.properties()) {
			double newest = values.of(read);
			if (!Double.isNaN(newest)) {
				zh.putIfAbsent(read, format(newest));
			}
		}
		if (value == null && rule.condition() instanceof Condition.Expressed) {
			zh.put("value", zh.getOrDefault(rule.property(), ""));
		}
		Map<String, String> en = new HashMap<>(zh);
		zh.put("property", property.map(PropertyDefinition::nameZh).orElse(rule.property()));
		en.put("property",
				property.map(PropertyDefinition::nameEn).filter((name) -> !name.isBlank()).orElse(rule.property()));
		return new AlarmMessage(rule.messageZh().fill(zh), rule.messageEn().fill(en));
	}

	private static String format(double value) {
		return new DecimalFormat("0.######", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
	}

}
