package io.kaiwu.connectivity.modbus.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.kaiwu.connectivity.Connector;
import io.kaiwu.connectivity.ConnectorStatus;
import io.kaiwu.connectivity.rate.MessageRate;
import io.kaiwu.connectivity.rate.MessageRates;
import io.kaiwu.connectivity.modbus.ManagingModbusConnections;
import io.kaiwu.connectivity.modbus.ModbusConnection;
import io.kaiwu.connectivity.modbus.RegisterMapping;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Modbus TCP connections of the tenant (engineers and admins, like the connectors page):
 * settings, register map, command map and the poller's status. docs/modbus.md has the
 * fields.
 */
@RestController
@RequestMapping("/api/v1/connectors/modbus")
@PreAuthorize("hasRole('ENGINEER')")
class ModbusConnectionApiController {

	private final ManagingModbusConnections connections;

	private final MessageRates rates;

	ModbusConnectionApiController(ManagingModbusConnections connections, MessageRates rates) {
		this.connections = connections;
		this.rates = rates;
	}

	record MappingView(String deviceKey, @Nullable String property, @Nullable String service,
			@Nullable String parameter, @Nullable Integer unitId, String table, int address, String dataType,
			String order, double scale, double offset) {

		static MappingView of(RegisterMapping m, boolean command) {
			int dot = m.point().indexOf('.');
			return new MappingView(m.deviceKey(), command ? null : m.point(),
					command ? m.point().substring(0, Math.max(0, dot)) : null,
					command ? m.point().substring(dot + 1) : null, m.unitId(), lower(m.table()), m.address(),
					lower(m.type()), m.order().name(), m.scale(), m.offset());
		}

		private static String lower(Enum<?> e) {
			return e.name().toLowerCase(Locale.ROOT);
		}

	}

	/**
	 * The poller's status; {@code receivedPerSecond} and {@code errorsPerSecond} are over
	 * the last minute.
	 */
	record StatusView(String state, boolean connected, long messagesReceived, long errors, double receivedPerSecond,
			double errorsPerSecond, @Nullable String lastError, @Nullable Instant lastErrorAt) {

		static StatusView of(Connector poller, MessageRate rate) {
			ConnectorStatus s = poller.status();
			return new StatusView(s.state().name(), s.connectedClients() > 0, s.messagesReceived(),
					s.messagesRejected(), rate.receivedPerSecond(), rate.rejectedPerSecond(), s.lastError(),
					s.lastErrorAt());
		}

	}

	record ConnectionView(UUID id, String name, String host, int port, int unitId, long pollIntervalMs, long timeoutMs,
			boolean enabled, List<MappingView> registers, List<MappingView> commands, @Nullable StatusView status,
			Instant createdAt, Instant updatedAt) {
	}

	@GetMapping
	List<ConnectionView> list() {
		return this.connections.list(tenant()).stream().map(this::view).toList();
	}

	@GetMapping("/{id}")
	ConnectionView get(@PathVariable UUID id) {
		return view(this.connections.get(tenant(), id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	ConnectionView create(@RequestBody ModbusForms.ConnectionForm form) {
		return view(this.connections.create(tenant(), form.draft()));
	}

	@PutMapping("/{id}")
	ConnectionView update(@PathVariable UUID id, @RequestBody ModbusForms.ConnectionForm form) {
		return view(this.connections.update(tenant(), id, form.draft()));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable UUID id) {
		this.connections.delete(tenant(), id);
	}

	private static TenantId tenant() {
		return CurrentPrincipal.get().requireTenant();
	}

	private ConnectionView view(ModbusConnection c) {
		return new ConnectionView(c.id(), c.name(), c.host(), c.port(), c.unitId(), c.pollInterval().toMillis(),
				c.timeout().toMillis(), c.enabled(),
				c.registers().stream().map((m) -> MappingView.of(m, false)).toList(),
				c.commands().stream().map((m) -> MappingView.of(m, true)).toList(),
				this.connections.poller(c.id()).map((p) -> StatusView.of(p, this.rates.of(p))).orElse(null),
				c.createdAt(), c.updatedAt());
	}

}
