/** Which device properties feed each machine's health monitor. */
@NullMarked
package io.kaiwu.health.profile;

import org.jspecify.annotations.NullMarked;
