/**
 * Product identifiers (标识解析): every lot and serial number gets a globally unique
 * identifier in the handle style of China's industrial internet identifier resolution
 * system, {@code enterprise prefix/object code} (e.g. {@code 88.118.8/L7K3QZ9X2M4PA}),
 * resolvable at {@code /id/{identifier}} without sign-in and printed as a QR code.
 */
@NullMarked
package io.kaiwu.quality.identifier;

import org.jspecify.annotations.NullMarked;
