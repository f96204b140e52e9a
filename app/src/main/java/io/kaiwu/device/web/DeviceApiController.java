package io.kaiwu.device.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import io.kaiwu.device.registry.Device;
import io.kaiwu.device.registry.DeviceDraft;
import io.kaiwu.device.registry.ManagingDevices;
import io.kaiwu.device.registry.NodeTree;
import io.kaiwu.device.thingmodel.ManagingDeviceTypes;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.ImportReport;
import io.kaiwu.shared.KaiwuPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.Page;
import io.kaiwu.shared.PageQuery;
import io.kaiwu.tenancy.StructureNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
import org.springframework.web.multipart.MultipartFile;

/**
 * Devices (设备（物联设备）): registration with a secret shown once, changes, secret rotation,
 * bulk import from Excel or CSV, online state and last-seen time.
 */
@RestController
@RequestMapping("/api/v1/devices")
@PreAuthorize("hasRole('VIEWER')")
class DeviceApiController {

	private final ManagingDevices devices;

	private final ManagingDeviceTypes types;

	DeviceApiController(ManagingDevices devices, ManagingDeviceTypes types) {
		this.devices = devices;
		this.types = types;
	}

	record CreateForm(@NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*") String key,
			@NotBlank @Size(max = 200) String name, @Nullable @Size(max = 1000) String description,
			@NotNull UUID typeId, @NotNull UUID nodeId) {

		DeviceDraft draft() {
			return new DeviceDraft(this.key.trim(), this.name.trim(),
					(this.description == null) ? "" : this.description.trim(), this.typeId, this.nodeId);
		}

	}

	record UpdateForm(@NotBlank @Size(max = 200) String name, @Nullable @Size(max = 1000) String description,
			@NotNull UUID typeId, @NotNull UUID nodeId) {

		DeviceDraft draft(String key) {
			return new DeviceDraft(key, this.name.trim(), (this.description == null) ? "" : this.description.trim(),
					this.typeId, this.nodeId);
		}

	}

	record DeviceView(UUID id, String key, String name, String description, UUID typeId, String typeCode, UUID nodeId,
			String nodePath, boolean online, @Nullable OffsetDateTime lastSeenAt, OffsetDateTime secretIssuedAt,
			OffsetDateTime createdAt, OffsetDateTime updatedAt) {
	}

	record WithSecret(UUID id, String key, String name, String description, UUID typeId, String typeCode, UUID nodeId,
			String nodePath, boolean online, @Nullable OffsetDateTime lastSeenAt, OffsetDateTime secretIssuedAt,
			OffsetDateTime createdAt, OffsetDateTime updatedAt, String secret) {

		static WithSecret of(DeviceView v, String secret) {
			return new WithSecret(v.id(), v.key(), v.name(), v.description(), v.typeId(), v.typeCode(), v.nodeId(),
					v.nodePath(), v.online(), v.lastSeenAt(), v.secretIssuedAt(), v.createdAt(), v.updatedAt(), secret);
		}

	}

	record IssuedSecret(UUID id, String key, String secret) {
	}

	record ImportAnswer(int rows, int imported, List<ImportReport.RowError> errors, List<IssuedSecret> devices) {
	}

	@GetMapping
	Page<DeviceView> list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable UUID typeId,
			@RequestParam(required = false) @Nullable UUID nodeId,
			@RequestParam(required = false) @Nullable Boolean online,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		Page<Device> devices = this.devices.list(me, q, typeId, nodeId, online, PageQuery.of(page, size));
		Views views = views(me);
		return devices.map(views::of);
	}

	@GetMapping("/{id}")
	DeviceView get(@PathVariable UUID id) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		return views(me).of(this.devices.get(me, id));
	}

	/** Registers a device; the answer carries its secret, which is never shown again. */
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('ENGINEER')")
	WithSecret create(@Valid @RequestBody CreateForm form) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		ManagingDevices.Issued issued = this.devices.create(me, form.draft());
		return WithSecret.of(views(me).of(issued.device()), issued.secret());
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasRole('ENGINEER')")
	DeviceView update(@PathVariable UUID id, @Valid @RequestBody UpdateForm form) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		Device device = this.devices.get(me, id);
		return views(me).of(this.devices.update(me, id, form.draft(device.key())));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasRole('ENGINEER')")
	void delete(@PathVariable UUID id) {
		this.devices.delete(CurrentPrincipal.get(), id);
	}

	/** A new secret, shown this once; the old one stops working at once. */
	@PostMapping("/{id}/secret")
	@PreAuthorize("hasRole('ENGINEER')")
	IssuedSecret rotate(@PathVariable UUID id) {
		ManagingDevices.Issued issued = this.devices.rotateSecret(CurrentPrincipal.get(), id);
		return new IssuedSecret(issued.device().id(), issued.device().key(), issued.secret());
	}

	/**
	 * Imports an {@code .xlsx} or UTF-8 {@code .csv} file with the columns key, name,
	 * type, node, description; the answer carries the secret of every created device,
	 * once.
	 */
	@PostMapping(path = "/import", consumes = "multipart/form-data")
	@PreAuthorize("hasRole('ENGINEER')")
	ImportAnswer importFile(@RequestParam("file") MultipartFile file,
			@RequestParam(defaultValue = "false") boolean goodRowsOnly) {
		String filename = (file.getOriginalFilename() == null) ? "" : file.getOriginalFilename();
		try (InputStream in = file.getInputStream()) {
			ManagingDevices.Imported imported = this.devices.importFile(CurrentPrincipal.get(), filename, in,
					goodRowsOnly);
			return new ImportAnswer(imported.report().rows(), imported.report().imported(), imported.report().errors(),
					imported.issued()
						.stream()
						.map((i) -> new IssuedSecret(i.device().id(), i.device().key(), i.secret()))
						.toList());
		}
		catch (IOException ex) {
			throw new KaiwuProblem.InvalidInput("file", "problem.import.unreadable", filename);
		}
	}

	private Views views(KaiwuPrincipal me) {
		return new Views(this.devices.tree(me),
				this.types.codes(me.requireTenant())
					.entrySet()
					.stream()
					.collect(Collectors.toMap(java.util.Map.Entry::getValue, java.util.Map.Entry::getKey)));
	}

	/** Turns devices into answers, with the type code and the node path. */
	record Views(NodeTree tree, java.util.Map<UUID, String> typeCodes) {

		DeviceView of(Device d) {
			String path = this.tree.path(d.nodeId()).stream().map(StructureNode::code).collect(Collectors.joining("/"));
			return new DeviceView(d.id(), d.key(), d.name(), d.description(), d.typeId(),
					this.typeCodes.getOrDefault(d.typeId(), ""), d.nodeId(), path, d.online(),
					(d.lastSeenAt() == null) ? null : DeviceTypeApiController.utc(d.lastSeenAt()),
					DeviceTypeApiController.utc(d.secretIssuedAt()), DeviceTypeApiController.utc(d.createdAt()),
					DeviceTypeApiController.utc(d.updatedAt()));
		}

	}

}
