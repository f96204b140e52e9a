package io.kaiwu.transform.assessment;

/** Where a model in the catalogue comes from. */
public enum ModelOrigin {

	/** A data file shipped with Kaiwu, the same for every tenant. */
	SHIPPED,
	/** A file the tenant's admin imported; only this tenant sees it. */
	IMPORTED

}
