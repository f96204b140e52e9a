package io.kaiwu.device.command;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.kaiwu.device.CommandReplies;
import io.kaiwu.device.CommandTransport;
import io.kaiwu.device.DeviceRegistry;
import io.kaiwu.device.DeviceSummary;
import io.kaiwu.device.ServiceDefinition;
import io.kaiwu.device.registry.ManagingDevices;
import io.kaiwu.shared.ChangeRecorded;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.Page;
import io.kaiwu.shared.PageQuery;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends commands (services of the thing model) to devices and waits for their answer. The
 * parameters are checked against the service's inputs; a device that is offline or that
 * no {@link CommandTransport} can reach is refused at once (409). Otherwise the command
 * is stored as {@code SENT}, sent, and the caller waits up to the timeout for
 * {@link #commandReplied}: the outcome is {@code REPLIED}, {@code FAILED} (the device
 * answered {@code ok=false}) or {@code TIMED_OUT}. No database transaction is open while
 * waiting. A reply that comes after the timeout is ignored. Every command and its outcome
 * is audited as {@code device-command}.
 */
@Service
public class IssuingCommands implements CommandReplies {

	private static final Logger log = LoggerFactory.getLogger(IssuingCommands.class);

	static final String ENTITY = "device-command";

	private static final int MAX_JSON = 10_000;

	private final DeviceRegistry registry;

	private final ManagingDevices devices;

	private final DeviceCommands commands;

	private final ObjectProvider<CommandTransport> transports;

	private final JsonMapper json;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate tx;

	private final Map<UUID, Pending> pending = new ConcurrentHashMap<>();

	IssuingCommands(DeviceRegistry registry, ManagingDevices devices, DeviceCommands commands,
			ObjectProvider<CommandTransport> transports, JsonMapper json, ApplicationEventPublisher events,
			PlatformTransactionManager transactions) {
		this.registry = registry;
		this.devices = devices;
		this.commands = commands;
		this.transports = transports;
		this.json = json;
		this.events = events;
		this.tx = new TransactionTemplate(transactions);
	}

	private record Pending(String deviceKey, CompletableFuture<Reply> reply) {
	}

	private record Reply(boolean ok, @Nullable String result, @Nullable String error) {
	}

	/**
	 * Sends a command and waits for the device's answer, at most {@code timeout}.
	 * @return the command with its outcome.
	 */
	public DeviceCommand issue(KaiwuPrincipal principal, String deviceKey, String serviceId, Map<String, Object> params,
			Duration timeout) {
		DeviceSummary device = visible(principal, deviceKey);
		ServiceDefinition service = device.thingModel()
			.service(serviceId)
			.orElseThrow(() -> new KaiwuProblem.NotFound("service", serviceId));
		Map<String, Object> checked = CommandParams.check(service, params);
		String paramsJson = this.json.writeValueAsString(checked);
		if (paramsJson.length() > MAX_JSON) {
			throw new KaiwuProblem.InvalidInput("params", "problem.command.params-too-long", MAX_JSON);
		}
		Optional<CommandTransport> transport = device.online()
				? this.transports.orderedStream().filter((t) -> t.canReach(device.deviceKey())).findFirst()
				: Optional.empty();
		if (transport.isEmpty()) {
			throw new KaiwuProblem.Conflict("problem.command.offline", device.deviceKey());
		}
		TenantId tenant = device.tenant();
		DeviceCommand sent = new DeviceCommand(UUID.randomUUID(), tenant.value(), device.deviceId(), device.deviceKey(),
				service.identifier(), paramsJson, DeviceCommand.State.SENT, null, null, CurrentPrincipal.actorName(),
				Instant.now(), null);
		this.tx.executeWithoutResult((status) -> {
			this.commands.insert(sent);
			this.events.publishEvent(ChangeRecorded.created(tenant, ENTITY, sent.id(), sent.auditView()));
		});
		Pending waiting = new Pending(device.deviceKey(), new CompletableFuture<>());
		this.pending.put(sent.id(), waiting);
		DeviceCommand outcome;
		try {
			transport.get().send(device.deviceKey(), sent.id(), service.identifier(), checked);
			Reply reply = waiting.reply().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
			outcome = reply.ok() ? sent.finish(DeviceCommand.State.REPLIED, reply.result(), null, Instant.now())
					: sent.finish(DeviceCommand.State.FAILED, reply.result(), reply.error(), Instant.now());
		}
		catch (TimeoutException ex) {
			outcome = sent.finish(DeviceCommand.State.TIMED_OUT, null, null, Instant.now());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			outcome = sent.finish(DeviceCommand.State.FAILED, null, "interrupted", Instant.now());
		}
		catch (ExecutionException | RuntimeException ex) {
			log.warn("Command {} to {} could not be sent", sent.id(), device.deviceKey(), ex);
			outcome = sent.finish(DeviceCommand.State.FAILED, null, "not sent: " + ex.getMessage(), Instant.now());
		}
		finally {
			this.pending.remove(sent.id());
		}
		DeviceCommand finished = outcome;
		this.tx.executeWithoutResult((status) -> {
			this.commands.finish(finished);
			this.events.publishEvent(
					ChangeRecorded.updated(tenant, ENTITY, finished.id(), sent.auditView(), finished.auditView()));
		});
		return finished;
	}

	/** The commands sent to a device, newest first. */
	public Page<DeviceCommand> list(KaiwuPrincipal principal, String deviceKey, PageQuery page) {
		DeviceSummary device = visible(principal, deviceKey);
		UUID tenant = device.tenant().value();
		return Page.of(this.commands.page(tenant, device.deviceId(), page.offset(), page.size()),
				this.commands.count(tenant, device.deviceId()), page);
	}

	/** Whether a caller in this process still waits for the command's answer. */
	boolean awaitsReply(UUID commandId) {
		return this.pending.containsKey(commandId);
	}

	@Override
	public void commandReplied(String deviceKey, UUID commandId, byte[] payload) {
		Pending waiting = this.pending.get(commandId);
		if (waiting == null || !waiting.deviceKey().equals(deviceKey)) {
			log.debug("Ignoring a reply of {} to unknown or finished command {}", deviceKey, commandId);
			return;
		}
		waiting.reply().complete(parse(payload));
	}

	private Reply parse(byte[] payload) {
		JsonNode node;
		try {
			node = this.json.readTree(payload);
		}
		catch (JacksonException ex) {
			return new Reply(false, null, "the reply is not JSON: " + ex.getOriginalMessage());
		}
		if (node == null || !node.isObject()) {
			return new Reply(false, null, "the reply is not a JSON object");
		}
		JsonNode result = node.get("result");
		String resultJson = (result == null || result.isNull()) ? null : this.json.writeValueAsString(result);
		if (resultJson != null && resultJson.length() > MAX_JSON) {
			return new Reply(false, null, "the result is longer than " + MAX_JSON + " characters");
		}
		JsonNode error = node.get("error");
		String errorText = (error == null || error.isNull()) ? null
				: (error.isString() ? error.asString() : error.toString());
		if (errorText != null && errorText.length() > 1000) {
			errorText = errorText.substring(0, 1000);
		}
		JsonNode ok = node.get("ok");
		if (ok == null || !ok.isBoolean()) {
			return new Reply(false, resultJson, "the reply has no \"ok\": true or false");
		}
		if (!ok.asBoolean() && errorText == null) {
			errorText = "";
		}
		return new Reply(ok.asBoolean(), resultJson, ok.asBoolean() ? null : errorText);
	}

	private DeviceSummary visible(KaiwuPrincipal principal, String deviceKey) {
		DeviceSummary device = this.registry.findByKey(deviceKey)
			.filter((d) -> d.tenant().equals(principal.requireTenant()))
			.orElseThrow(() -> new KaiwuProblem.NotFound("device", deviceKey));
		try {
			this.devices.get(principal, device.deviceId());
		}
		catch (KaiwuProblem.NotFound ex) {
			throw new KaiwuProblem.NotFound("device", deviceKey);
		}
		return device;
	}

}
