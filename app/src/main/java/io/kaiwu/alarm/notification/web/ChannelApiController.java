package io.kaiwu.alarm.notification.web;

import java.util.Map;
import java.util.UUID;

import io.kaiwu.alarm.notification.ChannelDraft;
import io.kaiwu.alarm.notification.Delivery;
import io.kaiwu.alarm.notification.ManagingChannels;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.Page;
import io.kaiwu.shared.PageQuery;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Notification channels (通知渠道) of the signed-in tenant. Engineers create, change, delete
 * and test them; everyone signed in reads them and their delivery log. Secrets are
 * write-only: answers say only {@code secretSet}, URLs come with their query values
 * masked.
 */
@RestController
@RequestMapping("/api/v1/alarm-channels")
@PreAuthorize("hasRole('VIEWER')")
class ChannelApiController {

	private final ManagingChannels channels;

	ChannelApiController(ManagingChannels channels) {
		this.channels = channels;
	}

	@GetMapping
	Page<Map<String, Object>> list(@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return this.channels.list(CurrentPrincipal.get().requireTenant(), PageQuery.of(page, size))
			.map(ChannelJson::channel);
	}

	@GetMapping("/{id}")
	Map<String, Object> get(@PathVariable UUID id) {
		return ChannelJson.channel(this.channels.get(CurrentPrincipal.get().requireTenant(), id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('ENGINEER')")
	Map<String, Object> create(@RequestBody ChannelDraft draft) {
		return ChannelJson.channel(this.channels.create(CurrentPrincipal.get().requireTenant(), draft));
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasRole('ENGINEER')")
	Map<String, Object> update(@PathVariable UUID id, @RequestBody ChannelDraft draft) {
		return ChannelJson.channel(this.channels.update(CurrentPrincipal.get().requireTenant(), id, draft));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasRole('ENGINEER')")
	void delete(@PathVariable UUID id) {
		this.channels.delete(CurrentPrincipal.get().requireTenant(), id);
	}

	/** Sends a test notice now and answers the delivery with its attempt. */
	@PostMapping("/{id}/test")
	@PreAuthorize("hasRole('ENGINEER')")
	Delivery test(@PathVariable UUID id) {
		return this.channels.test(CurrentPrincipal.get().requireTenant(), id, CurrentPrincipal.get().username());
	}

	/** The channel's deliveries, newest first, each with every attempt. */
	@GetMapping("/{id}/deliveries")
	Page<Delivery> deliveries(@PathVariable UUID id, @RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return this.channels.deliveries(CurrentPrincipal.get().requireTenant(), id, PageQuery.of(page, size));
	}

}
