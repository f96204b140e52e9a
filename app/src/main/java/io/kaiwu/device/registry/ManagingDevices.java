package io.kaiwu.device.registry;

import java.io.InputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.kaiwu.device.DeviceRegistered;
import io.kaiwu.device.thingmodel.ManagingDeviceTypes;
import io.kaiwu.shared.ChangeRecorded;
import io.kaiwu.shared.ImportReport;
import io.kaiwu.shared.KaiwuPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.Page;
import io.kaiwu.shared.PageQuery;
import io.kaiwu.shared.Sheet;
import io.kaiwu.shared.SheetReader;
import io.kaiwu.shared.TenantId;
import io.kaiwu.tenancy.EnterpriseStructure;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering, changing, importing and deleting devices, and rotating their secrets. A
 * device key is unique on the whole platform. A new or rotated secret is returned once
 * and only its SHA-256 is kept. A user limited to sites sees and changes only devices
 * placed under those sites; another tenant's device, or one outside his sites, is not
 * found.
 * <p>
 * Changing a device's type is allowed: its thing model is then the new type's, and values
 * the old type defined are no longer accepted from it.
 */
@Service
public class ManagingDevices {

	private final Devices devices;

	private final ManagingDeviceTypes types;

	private final EnterpriseStructure structure;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	ManagingDevices(Devices devices, ManagingDeviceTypes types, EnterpriseStructure structure, MessageSource messages,
			ApplicationEventPublisher events) {
		this.devices = devices;
		this.types = types;
		this.structure = structure;
		this.messages = messages;
		this.events = events;
	}

	/**
	 * A device and its secret in clear, which is shown this once.
	 *
	 * @param device the device.
	 * @param secret the new secret.
	 */
	public record Issued(Device device, String secret) {
	}

	/**
	 * What an import did, and the secret of every device it created (shown this once).
	 *
	 * @param report rows read, imported and every bad cell.
	 * @param issued the created devices with their secrets.
	 */
	public record Imported(ImportReport report, List<Issued> issued) {

		public Imported {
			issued = List.copyOf(issued);
		}

	}

	/** The tenant's structure. */
	@Transactional(readOnly = true)
	public NodeTree tree(KaiwuPrincipal principal) {
		return new NodeTree(this.structure.allNodes(principal.requireTenant()));
	}

	/** The structure nodes a device may be placed on by this principal, parents first. */
	@Transactional(readOnly = true)
	public List<io.kaiwu.tenancy.StructureNode> visibleNodes(KaiwuPrincipal principal, NodeTree tree) {
		return this.structure.allNodes(principal.requireTenant())
			.stream()
			.filter((n) -> tree.visibleTo(principal, n.id()))
			.toList();
	}

	/**
	 * The devices the principal may see.
	 * @param nodeId only devices on this node or below it; {@literal null} for all.
	 */
	@Transactional(readOnly = true)
	public Page<Device> list(KaiwuPrincipal principal, @Nullable String q, @Nullable UUID typeId, @Nullable UUID nodeId,
			@Nullable Boolean online, PageQuery page) {
		UUID tenant = principal.requireTenant().value();
		NodeTree tree = tree(principal);
		Set<UUID> nodes = tree.visibleTo(principal);
		if (nodeId != null) {
			Set<UUID> subtree = new java.util.HashSet<>(tree.subtree(nodeId));
			if (nodes != null) {
				subtree.retainAll(nodes);
			}
			nodes = subtree;
		}
		Devices.Filter filter = new Devices.Filter(q, typeId, nodes, online);
		return Page.of(this.devices.page(tenant, filter, page), this.devices.count(tenant, filter), page);
	}

	@Transactional(readOnly = true)
	public Device get(KaiwuPrincipal principal, UUID id) {
		Device device = this.devices.find(principal.requireTenant().value(), id)
			.orElseThrow(() -> new KaiwuProblem.NotFound("device", id));
		if (!principal.sites().isEmpty() && !tree(principal).visibleTo(principal, device.nodeId())) {
			throw new KaiwuProblem.NotFound("device", id);
		}
		return device;
	}

	@Transactional
	public Issued create(KaiwuPrincipal principal, DeviceDraft draft) {
		TenantId tenant = principal.requireTenant();
		List<KaiwuProblem.FieldError> errors = new ArrayList<>();
		if (!DeviceRows.KEY.matcher(draft.key()).matches()) {
			errors.add(new KaiwuProblem.FieldError("key", "problem.device.key-format"));
		}
		else if (this.devices.keyTaken(draft.key())) {
			errors.add(new KaiwuProblem.FieldError("key", "problem.device.key-taken", draft.key()));
		}
		checkPlace(principal, draft, errors);
		if (!errors.isEmpty()) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		return insert(tenant, draft);
	}

	@Transactional
	public Device update(KaiwuPrincipal principal, UUID id, DeviceDraft draft) {
		Device before = get(principal, id);
		List<KaiwuProblem.FieldError> errors = new ArrayList<>();
		checkPlace(principal, draft, errors);
		if (!errors.isEmpty()) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		Device after = new Device(id, before.tenant(), before.key(), draft.name(), draft.description(), draft.typeId(),
				draft.nodeId(), before.secretHash(), before.secretIssuedAt(), before.online(), before.lastSeenAt(),
				before.createdAt(), now());
		this.devices.update(after);
		this.events.publishEvent(ChangeRecorded.updated(TenantId.of(before.tenant()), "device", id, before.snapshot(),
				after.snapshot()));
		return after;
	}

	@Transactional
	public void delete(KaiwuPrincipal principal, UUID id) {
		Device device = get(principal, id);
		this.devices.delete(device);
		this.events.publishEvent(ChangeRecorded.deleted(TenantId.of(device.tenant()), "device", id, device.snapshot()));
	}

	/** Gives the device a new secret; the old one stops working at once. */
	@Transactional
	public Issued rotateSecret(KaiwuPrincipal principal, UUID id) {
		return rotate(get(principal, id));
	}

	/**
	 * Imports devices from an {@code .xlsx} or {@code .csv} file (see
	 * {@link DeviceRows}); a file with any bad row imports nothing unless
	 * {@code goodRowsOnly}.
	 */
	@Transactional
	public Imported importFile(KaiwuPrincipal principal, String filename, InputStream content, boolean goodRowsOnly) {
		TenantId tenant = principal.requireTenant();
		Sheet sheet = SheetReader.read(filename, content, DeviceRows.HEADINGS);
		NodeTree tree = tree(principal);
		Map<String, UUID> nodes = new HashMap<>();
		tree.idsByCode().forEach((code, node) -> {
			if (tree.visibleTo(principal, node)) {
				nodes.put(code, node);
			}
		});
		DeviceRows.Checked checked = DeviceRows.check(sheet, this.types.codes(tenant), nodes, this.devices::keyTaken);
		List<ImportReport.RowError> errors = checked.problems()
			.stream()
			.map((p) -> new ImportReport.RowError(p.row(), p.column(),
					this.messages.getMessage(p.messageKey(), p.args(), p.messageKey(),
							LocaleContextHolder.getLocale())))
			.toList();
		if (!errors.isEmpty() && !goodRowsOnly) {
			return new Imported(new ImportReport(sheet.rows().size(), 0, errors), List.of());
		}
		List<Issued> issued = new ArrayList<>();
		for (DeviceDraft draft : checked.good()) {
			issued.add(insert(tenant, draft));
		}
		return new Imported(new ImportReport(sheet.rows().size(), issued.size(), errors), issued);
	}

	/** For the registry: a device by key, across tenants. */
	java.util.Optional<Device> findByKey(String key) {
		return this.devices.findByKey(key);
	}

	Issued rotate(Device before) {
		String secret = DeviceSecrets.generate();
		Instant now = now();
		Device after = new Device(before.id(), before.tenant(), before.key(), before.name(), before.description(),
				before.typeId(), before.nodeId(), DeviceSecrets.hash(secret), now, before.online(), before.lastSeenAt(),
				before.createdAt(), now);
		this.devices.update(after);
		this.events.publishEvent(ChangeRecorded.updated(TenantId.of(before.tenant()), "device", before.id(),
				before.snapshot(), after.snapshot()));
		return new Issued(after, secret);
	}

	private Issued insert(TenantId tenant, DeviceDraft draft) {
		String secret = DeviceSecrets.generate();
		Instant now = now();
		Device device = new Device(UUID.randomUUID(), tenant.value(), draft.key(), draft.name(), draft.description(),
				draft.typeId(), draft.nodeId(), DeviceSecrets.hash(secret), now, false, null, now, now);
		try {
			this.devices.insert(device);
		}
		catch (DuplicateKeyException ex) {
			throw new KaiwuProblem.InvalidInput("key", "problem.device.key-taken", draft.key());
		}
		this.events.publishEvent(ChangeRecorded.created(tenant, "device", device.id(), device.snapshot()));
		this.events
			.publishEvent(new DeviceRegistered(tenant, device.id(), device.key(), device.typeId(), device.nodeId()));
		return new Issued(device, secret);
	}

	private void checkPlace(KaiwuPrincipal principal, DeviceDraft draft, List<KaiwuProblem.FieldError> errors) {
		TenantId tenant = principal.requireTenant();
		if (this.types.find(tenant, draft.typeId()).isEmpty()) {
			errors.add(new KaiwuProblem.FieldError("typeId", "problem.device.type-unknown", draft.typeId()));
		}
		if (this.structure.findNode(tenant, draft.nodeId()).isEmpty()
				|| !tree(principal).visibleTo(principal, draft.nodeId())) {
			errors.add(new KaiwuProblem.FieldError("nodeId", "problem.device.node-unknown", draft.nodeId()));
		}
	}

	private static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.MICROS);
	}

}
