package io.kaiwu.connectivity.sparkplug;

import io.kaiwu.device.DataType;
import org.eclipse.tahu.message.model.MetricDataType;
import org.jspecify.annotations.Nullable;

/**
 * A metric as a birth declared it.
 *
 * @param name the Sparkplug metric name.
 * @param alias its alias, {@literal null} when it has none.
 * @param sparkplugType the Sparkplug datatype.
 * @param property the thing-model property identifier; {@literal null} for Sparkplug's
 * and Kaiwu's own metrics ({@code bdSeq}, {@code Node Control/...}, {@code Kaiwu/...})
 * and for datatypes Kaiwu does not store.
 * @param dataType the thing-model data type; {@literal null} when {@code property} is.
 */
record DeclaredMetric(String name, @Nullable Long alias, MetricDataType sparkplugType, @Nullable String property,
		@Nullable DataType dataType) {
}
