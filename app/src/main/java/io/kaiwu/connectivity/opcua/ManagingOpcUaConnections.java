package io.kaiwu.connectivity.opcua;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import io.kaiwu.connectivity.OpcUaConnectionDefinition;
import io.kaiwu.connectivity.OpcUaConnections;
import io.kaiwu.device.DeviceRegistry;
import io.kaiwu.shared.ChangeRecorded;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.TenantId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Lists, creates, changes and deletes a tenant's OPC UA connections: checks the
 * {@link ConnectionRules}, audits every change (without the password) and, after the
 * commit, restarts the connection's runtime.
 */
@Service
public class ManagingOpcUaConnections implements OpcUaConnections {

	static final String ENTITY = "opcua-connection";

	private final OpcUaConnectionRows rows;

	private final DeviceRegistry devices;

	private final OpcUaRuntimes runtimes;

	private final ApplicationEventPublisher events;

	ManagingOpcUaConnections(OpcUaConnectionRows rows, DeviceRegistry devices, OpcUaRuntimes runtimes,
			ApplicationEventPublisher events) {
		this.rows = rows;
		this.devices = devices;
		this.runtimes = runtimes;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public List<OpcUaConnection> list(TenantId tenant) {
		return this.rows.list(tenant.value());
	}

	@Transactional(readOnly = true)
	public OpcUaConnection get(TenantId tenant, UUID id) {
		return this.rows.find(tenant.value(), id).orElseThrow(() -> new KaiwuProblem.NotFound("OPC UA connection", id));
	}

	@Transactional
	public OpcUaConnection create(TenantId tenant, OpcUaConnectionDefinition definition) {
		check(tenant, definition, null);
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		OpcUaConnection connection = new OpcUaConnection(UUID.randomUUID(), tenant.value(), definition, now, now);
		this.rows.insert(connection);
		this.events.publishEvent(ChangeRecorded.created(tenant, ENTITY, connection.id(), connection.view()));
		afterCommit(connection.id());
		return connection;
	}

	/**
	 * Replaces a connection's definition; a {@literal null} password keeps the stored one
	 * (as long as the user name stays).
	 */
	@Transactional
	public OpcUaConnection update(TenantId tenant, UUID id, OpcUaConnectionDefinition definition) {
		OpcUaConnection before = get(tenant, id);
		OpcUaConnectionDefinition d = definition;
		if (d.password() == null && d.username() != null && d.username().equals(before.definition().username())) {
			d = new OpcUaConnectionDefinition(d.name(), d.endpointUrl(), d.securityPolicy(), d.securityMode(),
					d.username(), before.definition().password(), d.enabled(), d.mappings());
		}
		check(tenant, d, id);
		OpcUaConnection after = new OpcUaConnection(id, tenant.value(), d, before.createdAt(),
				Instant.now().truncatedTo(ChronoUnit.MILLIS));
		this.rows.update(after);
		this.events.publishEvent(ChangeRecorded.updated(tenant, ENTITY, id, before.view(), after.view()));
		afterCommit(id);
		return after;
	}

	@Transactional
	public void delete(TenantId tenant, UUID id) {
		OpcUaConnection before = get(tenant, id);
		this.rows.delete(tenant.value(), id);
		this.events.publishEvent(ChangeRecorded.deleted(tenant, ENTITY, id, before.view()));
		afterCommit(id);
	}

	@Override
	@Transactional
	public UUID define(TenantId tenant, OpcUaConnectionDefinition definition) {
		return this.rows.findByName(tenant.value(), definition.name())
			.map((existing) -> update(tenant, existing.id(), definition).id())
			.orElseGet(() -> create(tenant, definition).id());
	}

	private void check(TenantId tenant, OpcUaConnectionDefinition definition,
			@org.jspecify.annotations.Nullable UUID id) {
		List<KaiwuProblem.FieldError> errors = ConnectionRules.check(tenant, definition, this.devices::findByKey);
		if (!errors.isEmpty()) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		this.rows.findByName(tenant.value(), definition.name())
			.filter((other) -> !other.id().equals(id))
			.ifPresent((other) -> {
				throw new KaiwuProblem.InvalidInput("name", "problem.opcua.name-taken", definition.name());
			});
	}

	private void afterCommit(UUID id) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					ManagingOpcUaConnections.this.runtimes.reload(id);
				}
			});
		}
		else {
			this.runtimes.reload(id);
		}
	}

}
