/**
 * The REST API ({@code /api/v1/connectors/opcua}) and the page
 * ({@code /connectors/opcua}) of the OPC UA connections.
 */
@NullMarked
package io.kaiwu.connectivity.opcua.web;

import org.jspecify.annotations.NullMarked;
