/**
 * REST API and tablet pages of inspection: plans, records with their subgroups and
 * verdicts, telemetry mappings.
 */
@NullMarked
package io.kaiwu.quality.inspection.web;

import org.jspecify.annotations.NullMarked;
