/** Shop-floor reporting over REST and as tablet pages. */
@NullMarked
package io.kaiwu.production.shopfloor.web;

import org.jspecify.annotations.NullMarked;
