package io.kaiwu.device.web;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.device.command.DeviceCommand;
import io.kaiwu.device.command.IssuingCommands;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.Page;
import io.kaiwu.shared.PageQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Commands (services of the thing model) sent to a device, named by its key: send one and
 * wait for the answer, and list the sent ones. A command without an answer in time is
 * answered {@code 200} with state {@code TIMED_OUT}.
 */
@RestController
@RequestMapping("/api/v1/devices/{key}")
@PreAuthorize("hasRole('VIEWER')")
class DeviceCommandApiController {

	private final IssuingCommands commands;

	private final JsonMapper json;

	DeviceCommandApiController(IssuingCommands commands, JsonMapper json) {
		this.commands = commands;
		this.json = json;
	}

	record CommandForm(@Nullable Map<String, Object> params, @Nullable @Min(1) @Max(300) Integer timeoutSeconds) {
	}

	record CommandView(UUID id, String deviceKey, String service, JsonNode params, String state,
			@Nullable JsonNode result, @Nullable String error, String issuedBy, OffsetDateTime issuedAt,
			@Nullable OffsetDateTime finishedAt) {
	}

	@PostMapping("/services/{service}")
	@PreAuthorize("hasAnyRole('TENANT_ADMIN', 'ENGINEER', 'OPERATOR')")
	CommandView send(@PathVariable String key, @PathVariable String service,
			@Valid @RequestBody(required = false) @Nullable CommandForm form) {
		Map<String, Object> params = (form == null || form.params() == null) ? Map.of() : form.params();
		int timeout = (form == null || form.timeoutSeconds() == null) ? 10 : form.timeoutSeconds();
		return view(this.commands.issue(CurrentPrincipal.get(), key, service, params, Duration.ofSeconds(timeout)));
	}

	@GetMapping("/commands")
	Page<CommandView> list(@PathVariable String key, @RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return this.commands.list(CurrentPrincipal.get(), key, PageQuery.of(page, size)).map(this::view);
	}

	private CommandView view(DeviceCommand c) {
		return new CommandView(c.id(), c.deviceKey(), c.service(), this.json.readTree(c.params()), c.state().name(),
				(c.reply() == null) ? null : this.json.readTree(c.reply()), c.error(), c.issuedBy(),
				DeviceTypeApiController.utc(c.issuedAt()),
				(c.finishedAt() == null) ? null : DeviceTypeApiController.utc(c.finishedAt()));
	}

}
