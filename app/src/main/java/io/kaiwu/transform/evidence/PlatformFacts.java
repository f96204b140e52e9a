package io.kaiwu.transform.evidence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.kaiwu.shared.EvidenceFact;
import io.kaiwu.shared.TenantId;
import io.kaiwu.shared.TransformationEvidence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Gathers the facts every module offers through {@link TransformationEvidence}. A module
 * that fails to answer is logged and left out, so one broken source does not hide the
 * others; its facts are then simply not proposed.
 */
@Component
public class PlatformFacts {

	private static final Logger log = LoggerFactory.getLogger(PlatformFacts.class);

	private final List<TransformationEvidence> sources;

	PlatformFacts(List<TransformationEvidence> sources) {
		this.sources = List.copyOf(sources);
	}

	/** The tenant's facts by key; when two modules give the same key the first wins. */
	public Map<String, EvidenceFact> of(TenantId tenant) {
		Map<String, EvidenceFact> facts = new LinkedHashMap<>();
		for (TransformationEvidence source : this.sources) {
			try {
				for (EvidenceFact fact : source.facts(tenant)) {
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

}
