@NullMarked
package io.kaiwu.device.web;

import org.jspecify.annotations.NullMarked;
