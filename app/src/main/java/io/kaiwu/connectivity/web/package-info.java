/**
 * The connectors page: one card per {@link io.kaiwu.connectivity.Connector} with its
 * {@link io.kaiwu.connectivity.ConnectorStatus}.
 */
@NullMarked
package io.kaiwu.connectivity.web;

import org.jspecify.annotations.NullMarked;
