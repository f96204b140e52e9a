package io.kaiwu.transform.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.kaiwu.shared.ChangeRecorded;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.TenantId;
import io.kaiwu.transform.scoring.MaturityModel;
import io.kaiwu.transform.scoring.ModelReader;
import io.kaiwu.transform.scoring.ModelRejected;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The maturity models a tenant can assess against: the shipped data files (read and
 * checked at start-up, so a bad shipped file stops the application with every problem
 * listed) and the files the tenant's admin imported, checked the same way on import.
 */
@Service
public class ModelCatalog {

	/** The largest model file accepted, in characters. */
	static final int MAX_FILE_CHARS = 1024 * 1024;

	private final List<CatalogEntry> shipped;

	private final ModelRecords records;

	private final ApplicationEventPublisher events;

	ModelCatalog(ModelRecords records, ApplicationEventPublisher events) {
		this.records = records;
		this.events = events;
		this.shipped = readShipped();
	}

	private static List<CatalogEntry> readShipped() {
		try {
			Resource[] files = new PathMatchingResourcePatternResolver()
				.getResources("classpath*:transform/models/*.yaml");
			List<CatalogEntry> entries = new ArrayList<>();
			for (Resource file : Arrays.stream(files)
				.sorted(Comparator.comparing(Resource::getFilename, Comparator.nullsFirst(Comparator.naturalOrder())))
				.toList()) {
				try (InputStream in = file.getInputStream()) {
					String name = String.valueOf(file.getFilename());
					MaturityModel model = ModelReader.read(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
					entries.add(new CatalogEntry(model, ModelOrigin.SHIPPED, name, null, null));
				}
			}
			return List.copyOf(entries);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Reading the shipped maturity models failed", ex);
		}
	}

	/** Every model version the tenant can use: shipped first, then its own imports. */
	public List<CatalogEntry> list(TenantId tenant) {
		List<CatalogEntry> all = new ArrayList<>(this.shipped);
		for (ModelRecords.StoredModel stored : this.records.all(tenant)) {
			all.add(imported(stored));
		}
		return all;
	}

	/** One model version, or 404. */
	public CatalogEntry get(TenantId tenant, String code, String version) {
		return find(tenant, code, version)
			.orElseThrow(() -> new KaiwuProblem.NotFound("maturity-model", code + " " + version));
	}

	public Optional<CatalogEntry> find(TenantId tenant, String code, String version) {
		Optional<CatalogEntry> shippedModel = this.shipped.stream()
			.filter((e) -> e.model().code().equals(code) && e.model().version().equals(version))
			.findFirst();
		if (shippedModel.isPresent()) {
			return shippedModel;
		}
		return this.records.find(tenant, code, version).map(ModelCatalog::imported);
	}

	/**
	 * Reads, checks and stores a model file for the tenant; an earlier import of the same
	 * code and version is replaced, a shipped one cannot be.
	 * @throws ModelRejected listing every problem of the file.
	 */
	@Transactional
	public CatalogEntry importModel(TenantId tenant, String fileName, String content) {
		if (content.length() > MAX_FILE_CHARS) {
			throw new KaiwuProblem.InvalidInput("file", "assessment.model.too-large", MAX_FILE_CHARS);
		}
		MaturityModel model = ModelReader.read(fileName, content);
		boolean shippedVersion = this.shipped.stream()
			.anyMatch((e) -> e.model().code().equals(model.code()) && e.model().version().equals(model.version()));
		if (shippedVersion) {
			throw new KaiwuProblem.Conflict("assessment.model.shipped-version", model.code(), model.version());
		}
		ModelRecords.StoredModel stored = new ModelRecords.StoredModel(model.code(), model.version(), fileName, content,
				CurrentPrincipal.actorName(), Instant.now());
		this.records.save(tenant, stored);
		this.events.publishEvent(new ChangeRecorded(tenant, stored.importedBy(), "maturity-model",
				model.code() + " " + model.version(), ChangeRecorded.Action.IMPORTED, null,
				Map.of("code", model.code(), "version", model.version(), "file", fileName), stored.importedAt()));
		return imported(stored);
	}

	private static CatalogEntry imported(ModelRecords.StoredModel stored) {
		return new CatalogEntry(ModelReader.read(stored.fileName(), stored.content()), ModelOrigin.IMPORTED,
				stored.fileName(), stored.importedBy(), stored.importedAt());
	}

}
