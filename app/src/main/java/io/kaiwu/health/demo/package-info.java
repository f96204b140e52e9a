/** The demo plant's CNC machines watched for bearing wear. */
@NullMarked
package io.kaiwu.health.demo;

import org.jspecify.annotations.NullMarked;
