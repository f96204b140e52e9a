/** What the platform's modules measured about a tenant, gathered for the navigator. */
@NullMarked
package io.kaiwu.transform.evidence;

import org.jspecify.annotations.NullMarked;
