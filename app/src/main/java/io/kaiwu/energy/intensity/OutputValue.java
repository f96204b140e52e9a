package io.kaiwu.energy.intensity;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.UUID;

/**
 * A site's output value (产值) of a month.
 *
 * @param siteId the site
 * @param month the month
 * @param valueWan the value in 万元 (10 000 CNY)
 */
public record OutputValue(UUID siteId, YearMonth month, BigDecimal valueWan) {
}
