/** The Modbus connections' REST API and page. */
@NullMarked
package io.kaiwu.connectivity.modbus.web;

import org.jspecify.annotations.NullMarked;
