package io.kaiwu.ehs.web;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import io.kaiwu.ehs.site.DischargePoint;
import io.kaiwu.ehs.site.DischargePointDraft;
import io.kaiwu.ehs.site.HazardSource;
import io.kaiwu.ehs.site.HazardSourceDraft;
import io.kaiwu.ehs.site.PointDraft;
import org.jspecify.annotations.Nullable;

/**
 * A hazardous source or discharge point as the page's form sends it: {@code level} for a
 * source, {@code medium} for a discharge point, the substances one per line.
 */
record OwnerForm(@Nullable String code, @Nullable String name, @Nullable String level, @Nullable String medium,
		@Nullable UUID nodeId, @Nullable String substances) {

	static OwnerForm empty() {
		return new OwnerForm(null, null, null, null, null, null);
	}

	static OwnerForm of(HazardSource s) {
		return new OwnerForm(s.code(), s.name(), s.level().name(), null, s.nodeId(), String.join("\n", s.substances()));
	}

	static OwnerForm of(DischargePoint d) {
		return new OwnerForm(d.code(), d.name(), null, d.medium().name(), d.nodeId(), null);
	}

	HazardSourceDraft source(List<PointDraft> points) {
		List<String> lines = (this.substances == null) ? List.of()
				: Arrays.stream(this.substances.split("[\\r\\n]+"))
					.map(String::strip)
					.filter((s) -> !s.isEmpty())
					.toList();
		return new HazardSourceDraft(this.code, this.name, this.level, this.nodeId, lines, points);
	}

	DischargePointDraft discharge(List<PointDraft> points) {
		return new DischargePointDraft(this.code, this.name, this.medium, this.nodeId, points);
	}

}
