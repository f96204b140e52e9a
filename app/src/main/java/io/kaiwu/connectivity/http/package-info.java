/**
 * HTTP ingest on the connectors page: telemetry owns the endpoint and its counts,
 * connectivity only shows them as the connector {@code http}.
 */
@NullMarked
package io.kaiwu.connectivity.http;

import org.jspecify.annotations.NullMarked;
