package io.kaiwu.shared;

import java.util.List;
import java.util.UUID;

/**
 * Implemented by every module that hangs things on a node of the enterprise structure (a
 * site, area, line or work unit). The structure refuses to delete a node while any
 * implementation still reports a reference, and names them in the refusal.
 */
public interface StructureReferences {

	/**
	 * What still refers to the node.
	 * @param tenant must not be {@literal null}.
	 * @param node must not be {@literal null}.
	 * @return one line per kind of reference, in the caller's language; empty when none.
	 */
	List<String> referencesTo(TenantId tenant, UUID node);

}
