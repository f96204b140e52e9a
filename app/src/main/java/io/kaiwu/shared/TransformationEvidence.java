package io.kaiwu.shared;

import java.util.List;

/**
 * Implemented by any module that can tell the transformation navigator (转型导航) something
 * about a tenant that the platform has measured itself: facts a maturity question can be
 * answered from (auto-evidence), and how far the tenant has taken the guide's scenarios
 * the module serves. The navigator collects every implementation, so a module added later
 * is picked up without change and no module depends on the navigator.
 */
public interface TransformationEvidence {

	/**
	 * Facts measured for the tenant now.
	 * @param tenant must not be {@literal null}.
	 * @return the facts this module knows; empty when it knows none.
	 */
	default List<EvidenceFact> facts(TenantId tenant) {
		return List.of();
	}

	/**
	 * The guide's typical scenarios this module serves and the tenant's state in each.
	 * @param tenant must not be {@literal null}.
	 * @return one entry per scenario the module serves; empty when it serves none.
	 */
	default List<ScenarioCoverage> coverage(TenantId tenant) {
		return List.of();
	}

}
