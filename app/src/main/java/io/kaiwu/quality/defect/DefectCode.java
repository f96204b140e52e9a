package io.kaiwu.quality.defect;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A defect code (缺陷代码) or a category of them: a node of the tenant's defect code tree.
 *
 * @param id the code
 * @param parentId the category above it; {@literal null} at the top
 * @param code short code, unique in the tenant, for example {@code SURF-SCR}
 * @param nameZh its Chinese name
 * @param nameEn its English name
 * @param depth 0 at the top, 1 below a top category…
 * @param createdAt when it was created
 * @param updatedAt when it was last changed
 */
public record DefectCode(UUID id, @Nullable UUID parentId, String code, String nameZh, String nameEn, int depth,
		Instant createdAt, Instant updatedAt) {

	/** Its name in the reader's language (Chinese unless English is asked for). */
	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.nameEn : this.nameZh;
	}

}
