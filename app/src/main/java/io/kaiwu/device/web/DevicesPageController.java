package io.kaiwu.device.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.kaiwu.device.registry.Device;
import io.kaiwu.device.registry.DeviceDraft;
import io.kaiwu.device.registry.ManagingDevices;
import io.kaiwu.device.registry.NodeTree;
import io.kaiwu.device.thingmodel.DeviceType;
import io.kaiwu.device.thingmodel.ManagingDeviceTypes;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.PageQuery;
import io.kaiwu.shared.Role;
import io.kaiwu.tenancy.StructureNode;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Devices (设备): a list filtered by text, type, place in the structure and online state; a
 * detail page; registration and secret rotation, whose secret is shown once.
 */
@Controller
class DevicesPageController {

	private final ManagingDevices devices;

	private final ManagingDeviceTypes types;

	DevicesPageController(ManagingDevices devices, ManagingDeviceTypes types) {
		this.devices = devices;
		this.types = types;
	}

	@GetMapping("/devices")
	String list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable UUID typeId,
			@RequestParam(required = false) @Nullable UUID nodeId,
			@RequestParam(required = false) @Nullable Boolean online,
			@RequestParam(required = false) @Nullable Integer page, Model model) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		NodeTree tree = this.devices.tree(me);
		model.addAttribute("page", this.devices.list(me, q, typeId, nodeId, online, PageQuery.of(page, 100)));
		model.addAttribute("types", this.types.list(me, null, PageQuery.of(0, 500)).items());
		model.addAttribute("typeCodes", typeCodes(me));
		model.addAttribute("nodes", this.devices.visibleNodes(me, tree));
		model.addAttribute("paths",
				this.devices.visibleNodes(me, tree)
					.stream()
					.collect(Collectors.toMap(StructureNode::id, (n) -> path(tree, n.id()))));
		model.addAttribute("q", (q == null) ? "" : q);
		model.addAttribute("typeId", typeId);
		model.addAttribute("nodeId", nodeId);
		model.addAttribute("online", online);
		model.addAttribute("canEdit", me.has(Role.ENGINEER));
		return "device/devices";
	}

	@GetMapping("/devices/{id}")
	String device(@PathVariable UUID id, Model model) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		Device device = this.devices.get(me, id);
		NodeTree tree = this.devices.tree(me);
		DeviceType type = this.types.get(me, device.typeId());
		model.addAttribute("device", device);
		model.addAttribute("type", type);
		model.addAttribute("path", path(tree, device.nodeId()));
		model.addAttribute("types", this.types.list(me, null, PageQuery.of(0, 500)).items());
		model.addAttribute("nodes", this.devices.visibleNodes(me, tree));
		model.addAttribute("canEdit", me.has(Role.ENGINEER));
		return "device/device";
	}

	@PostMapping("/devices")
	@PreAuthorize("hasRole('ENGINEER')")
	String create(@RequestParam String key, @RequestParam String name, @RequestParam UUID typeId,
			@RequestParam UUID nodeId, RedirectAttributes redirect) {
		ManagingDevices.Issued issued = this.devices.create(CurrentPrincipal.get(),
				new DeviceDraft(key.trim(), name.trim(), "", typeId, nodeId));
		redirect.addFlashAttribute("newSecret", issued.secret());
		return "redirect:/devices/" + issued.device().id();
	}

	@PostMapping("/devices/{id}")
	@PreAuthorize("hasRole('ENGINEER')")
	String update(@PathVariable UUID id, @RequestParam String name, @RequestParam(defaultValue = "") String description,
			@RequestParam UUID typeId, @RequestParam UUID nodeId) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		Device device = this.devices.get(me, id);
		this.devices.update(me, id, new DeviceDraft(device.key(), name.trim(), description.trim(), typeId, nodeId));
		return "redirect:/devices/" + id;
	}

	@PostMapping("/devices/{id}/secret")
	@PreAuthorize("hasRole('ENGINEER')")
	String rotate(@PathVariable UUID id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("newSecret", this.devices.rotateSecret(CurrentPrincipal.get(), id).secret());
		return "redirect:/devices/" + id;
	}

	@PostMapping("/devices/{id}/delete")
	@PreAuthorize("hasRole('ENGINEER')")
	String delete(@PathVariable UUID id) {
		this.devices.delete(CurrentPrincipal.get(), id);
		return "redirect:/devices";
	}

	@PostMapping("/devices/import")
	@PreAuthorize("hasRole('ENGINEER')")
	String importFile(@RequestParam("file") MultipartFile file,
			@RequestParam(defaultValue = "false") boolean goodRowsOnly, RedirectAttributes redirect) {
		String filename = (file.getOriginalFilename() == null) ? "" : file.getOriginalFilename();
		try (InputStream in = file.getInputStream()) {
			redirect.addFlashAttribute("imported",
					this.devices.importFile(CurrentPrincipal.get(), filename, in, goodRowsOnly));
		}
		catch (IOException ex) {
			throw new KaiwuProblem.InvalidInput("file", "problem.import.unreadable", filename);
		}
		return "redirect:/devices";
	}

	private Map<UUID, String> typeCodes(KaiwuPrincipal me) {
		return this.types.codes(me.requireTenant())
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
	}

	private static String path(NodeTree tree, UUID node) {
		return tree.path(node).stream().map(StructureNode::name).collect(Collectors.joining(" / "));
	}

}
