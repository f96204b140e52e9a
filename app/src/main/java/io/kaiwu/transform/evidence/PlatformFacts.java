package io.kaiwu.transform.evidence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.kaiwu.shared.EvidenceFact;
import io.kaiwu.shared.ScenarioCoverage;
import io.kaiwu.shared.TenantId;
import io.kaiwu.shared.TransformationEvidence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gathers the facts every module offers through {@link TransformationEvidence}. A module
 * that fails to answer is logged and left out, so one broken source does not hide the
 * others; its facts are then simply not proposed.
 */
@Component
public class PlatformFacts {

	private static final Logger log = LoggerFactory.getLogger(PlatformFacts.class);

	private final List<TransformationEvidence> sources;

	/**
	 * Runs each source outside the caller's transaction, so a source whose own
	 * transaction fails cannot mark the caller's for rollback.
	 */
	private final TransactionTemplate outside;

	PlatformFacts(List<TransformationEvidence> sources, PlatformTransactionManager transactions) {
		this.sources = List.copyOf(sources);
		this.outside = new TransactionTemplate(transactions);
		this.outside.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
	}

	/** The tenant's facts by key; when two modules give the same key the first wins. */
	public Map<String, EvidenceFact> of(TenantId tenant) {
		Map<String, EvidenceFact> facts = new LinkedHashMap<>();
		for (TransformationEvidence source : this.sources) {
			try {
				List<EvidenceFact> given = this.outside.execute((status) -> source.facts(tenant));
				for (EvidenceFact fact : (given != null) ? given : List.<EvidenceFact>of()) {
					facts.putIfAbsent(fact.key(), fact);
				}
			}
			catch (RuntimeException ex) {
				log.warn("Evidence source {} failed for tenant {}", source.getClass().getSimpleName(), tenant.value(),
						ex);
			}
		}
		return facts;
	}

	/**
	 * What every module reports on the scenarios it serves; a module that fails to answer
	 * is logged and left out, so its scenarios show as not started.
	 */
	public List<ScenarioCoverage> coverage(TenantId tenant) {
		List<ScenarioCoverage> all = new java.util.ArrayList<>();
		for (TransformationEvidence source : this.sources) {
			try {
				List<ScenarioCoverage> given = this.outside.execute((status) -> source.coverage(tenant));
				all.addAll((given != null) ? given : List.of());
			}
			catch (RuntimeException ex) {
				log.warn("Coverage source {} failed for tenant {}", source.getClass().getSimpleName(), tenant.value(),
						ex);
			}
		}
		return all;
	}

}
