package io.kaiwu.masterdata.classification;

import java.time.Instant;
import java.util.UUID;

import io.kaiwu.masterdata.DataGrade;

/**
 * A category of the tenant's data classification catalogue (数据分类分级), with the grade its
 * data carries.
 *
 * @param id the category's id.
 * @param tenant the tenant it belongs to.
 * @param code short code, unique in the tenant.
 * @param name display name, for example 工艺参数.
 * @param description what data belongs to it.
 * @param grade 一般, 重要 or 核心.
 * @param createdAt when it was created.
 * @param updatedAt when it last changed.
 */
public record DataCategory(UUID id, UUID tenant, String code, String name, String description, DataGrade grade,
		Instant createdAt, Instant updatedAt) {

	/** What the audit log keeps. */
	public record Snapshot(String code, String name, String description, DataGrade grade) {
	}

	public Snapshot snapshot() {
		return new Snapshot(this.code, this.name, this.description, this.grade);
	}

}
