/**
 * What this module tells the transformation navigator about a tenant
 * ({@link io.kaiwu.shared.TransformationEvidence}): facts measured from its own data and
 * the coverage of the guide's scenarios it serves.
 */
@NullMarked
package io.kaiwu.health.evidence;

import org.jspecify.annotations.NullMarked;
