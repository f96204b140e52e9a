package io.kaiwu.transform.assessment;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.kaiwu.shared.TenantId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The assessment_model table: the model files each tenant imported, as they were sent.
 */
@Repository
class ModelRecords {

	private final JdbcClient jdbc;

	ModelRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One imported file. */
	record StoredModel(String code, String version, String fileName, String content, String importedBy,
			Instant importedAt) {
	}

	List<StoredModel> all(TenantId tenant) {
		return this.jdbc.sql("SELECT * FROM assessment_model WHERE tenant_id = ? ORDER BY code, version")
			.param(tenant.value())
			.query((rs, row) -> new StoredModel(rs.getString("code"), rs.getString("version"),
					rs.getString("file_name"), rs.getString("content"), rs.getString("imported_by"),
					rs.getTimestamp("imported_at").toInstant()))
			.list();
	}

	Optional<StoredModel> find(TenantId tenant, String code, String version) {
		return all(tenant).stream().filter((m) -> m.code().equals(code) && m.version().equals(version)).findFirst();
	}

	/** Stores the file, replacing an earlier import of the same code and version. */
	void save(TenantId tenant, StoredModel model) {
		this.jdbc.sql("DELETE FROM assessment_model WHERE tenant_id = ? AND code = ? AND version = ?")
			.params(tenant.value(), model.code(), model.version())
			.update();
		this.jdbc.sql("""
				INSERT INTO assessment_model (tenant_id, code, version, file_name, content, imported_by, imported_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(tenant.value(), model.code(), model.version(), model.fileName(), model.content(),
					model.importedBy(), Timestamp.from(model.importedAt()))
			.update();
	}

}
