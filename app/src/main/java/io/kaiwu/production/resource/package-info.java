/**
 * Plants (the sites of the enterprise structure), their work centres (工作中心) and the
 * resources inside them, each optionally bound to a machine of the equipment module, and
 * when a resource can work: its plant's planned shifts minus its machine's planned
 * maintenance windows. A site with work centres cannot be deleted.
 */
@NullMarked
package io.kaiwu.production.resource;

import org.jspecify.annotations.NullMarked;
