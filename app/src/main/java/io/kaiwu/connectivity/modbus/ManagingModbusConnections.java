package io.kaiwu.connectivity.modbus;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.connectivity.ModbusConnections;
import io.kaiwu.device.DeviceRegistry;
import io.kaiwu.shared.ChangeRecorded;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Creating, changing and deleting a tenant's Modbus connections: checked (settings and
 * both maps, see {@link RegisterMapRules}), audited as {@code modbus-connection}, and
 * applied to the pollers once the change is committed.
 */
@Service
public class ManagingModbusConnections implements ModbusConnections {

	static final String ENTITY = "modbus-connection";

	private final ModbusConnectionRows rows;

	private final ModbusPollers pollers;

	private final DeviceRegistry devices;

	private final ApplicationEventPublisher events;

	ManagingModbusConnections(ModbusConnectionRows rows, ModbusPollers pollers, DeviceRegistry devices,
			ApplicationEventPublisher events) {
		this.rows = rows;
		this.pollers = pollers;
		this.devices = devices;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public List<ModbusConnection> list(TenantId tenant) {
		return this.rows.list(tenant);
	}

	@Transactional(readOnly = true)
	public ModbusConnection get(TenantId tenant, UUID id) {
		return this.rows.find(tenant, id).orElseThrow(() -> new KaiwuProblem.NotFound("modbus-connection", id));
	}

	/**
	 * The poller of a connection as a connector (for its message rate), while it runs.
	 */
	public Optional<io.kaiwu.connectivity.Connector> poller(UUID id) {
		return this.pollers.poller(id).map(io.kaiwu.connectivity.Connector.class::cast);
	}

	@Transactional
	public ModbusConnection create(TenantId tenant, ModbusConnectionDraft draft) {
		check(tenant, draft, null);
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		ModbusConnection created = of(UUID.randomUUID(), tenant, draft, now, now);
		this.rows.insert(created);
		this.events.publishEvent(ChangeRecorded.created(tenant, ENTITY, created.id(), created.snapshot()));
		afterCommit(() -> this.pollers.apply(created));
		return created;
	}

	@Transactional
	public ModbusConnection update(TenantId tenant, UUID id, ModbusConnectionDraft draft) {
		ModbusConnection before = get(tenant, id);
		check(tenant, draft, id);
		ModbusConnection after = of(id, tenant, draft, before.createdAt(),
				Instant.now().truncatedTo(ChronoUnit.MILLIS));
		this.rows.update(after);
		this.events.publishEvent(ChangeRecorded.updated(tenant, ENTITY, id, before.snapshot(), after.snapshot()));
		afterCommit(() -> this.pollers.apply(after));
		return after;
	}

	@Transactional
	public void delete(TenantId tenant, UUID id) {
		ModbusConnection before = get(tenant, id);
		this.rows.delete(before);
		this.events.publishEvent(ChangeRecorded.deleted(tenant, ENTITY, id, before.snapshot()));
		afterCommit(() -> this.pollers.remove(id));
	}

	@Override
	@Transactional
	public UUID define(TenantId tenant, Definition definition) {
		RegisterMapCsv.Parsed registers = RegisterMapCsv.parse(String.join("\n", definition.registerLines()));
		RegisterMapCsv.Parsed commands = RegisterMapCsv.parse(String.join("\n", definition.commandLines()));
		List<KaiwuProblem.FieldError> errors = new ArrayList<>();
		lineErrors(registers, "registerLines", errors);
		lineErrors(commands, "commandLines", errors);
		if (!errors.isEmpty()) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		ModbusConnectionDraft draft = new ModbusConnectionDraft(definition.name(), definition.host(), definition.port(),
				definition.unitId(), definition.pollInterval(), definition.timeout(), definition.enabled(),
				registers.mappings(), commands.mappings());
		Optional<ModbusConnection> existing = this.rows.findByName(tenant, definition.name().strip());
		return existing.isPresent() ? update(tenant, existing.get().id(), draft).id() : create(tenant, draft).id();
	}

	static void lineErrors(RegisterMapCsv.Parsed parsed, String field, List<KaiwuProblem.FieldError> errors) {
		for (RegisterMapCsv.LineError e : parsed.errors()) {
			errors.add(new KaiwuProblem.FieldError(field + "[" + e.line() + "]." + e.column(),
					"problem.modbus.csv-cell", e.line(), e.column(), e.value()));
		}
	}

	private void check(TenantId tenant, ModbusConnectionDraft d, @Nullable UUID self) {
		List<KaiwuProblem.FieldError> errors = new ArrayList<>();
		if (d.name().isBlank() || d.name().length() > 100) {
			errors.add(new KaiwuProblem.FieldError("name", "problem.modbus.name"));
		}
		else {
			this.rows.findByName(tenant, d.name().strip())
				.filter((c) -> !c.id().equals(self))
				.ifPresent(
						(c) -> errors.add(new KaiwuProblem.FieldError("name", "problem.modbus.name-taken", d.name())));
		}
		if (d.host().isBlank() || d.host().length() > 255 || d.host().chars().anyMatch(Character::isWhitespace)) {
			errors.add(new KaiwuProblem.FieldError("host", "problem.modbus.host"));
		}
		if (d.port() < 1 || d.port() > 65535) {
			errors.add(new KaiwuProblem.FieldError("port", "problem.modbus.port", String.valueOf(d.port())));
		}
		if (d.unitId() < 0 || d.unitId() > 255) {
			errors.add(new KaiwuProblem.FieldError("unitId", "problem.modbus.unit-id", String.valueOf(d.unitId())));
		}
		if (outside(d.pollInterval(), Duration.ofMillis(100), Duration.ofHours(1))) {
			errors.add(new KaiwuProblem.FieldError("pollIntervalMs", "problem.modbus.poll-interval"));
		}
		if (outside(d.timeout(), Duration.ofMillis(100), Duration.ofSeconds(60))) {
			errors.add(new KaiwuProblem.FieldError("timeoutMs", "problem.modbus.timeout"));
		}
		errors.addAll(RegisterMapRules.check(tenant, d.registers(), "registers", false, this.devices));
		errors.addAll(RegisterMapRules.check(tenant, d.commands(), "commands", true, this.devices));
		if (!errors.isEmpty()) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
	}

	private static boolean outside(Duration d, Duration min, Duration max) {
		return d.compareTo(min) < 0 || d.compareTo(max) > 0;
	}

	private static ModbusConnection of(UUID id, TenantId tenant, ModbusConnectionDraft d, Instant created,
			Instant updated) {
		return new ModbusConnection(id, tenant, d.name().strip(), d.host().strip(), d.port(), d.unitId(),
				d.pollInterval(), d.timeout(), d.enabled(), d.registers(), d.commands(), created, updated);
	}

	private static void afterCommit(Runnable action) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					action.run();
				}
			});
		}
		else {
			action.run();
		}
	}

}
