package io.kaiwu.telemetry;

import java.util.List;

/**
 * What became of one message.
 *
 * @param accepted measurements that passed the checks.
 * @param stored of those, how many were new (a redelivered one is stored once).
 * @param rejected what was not stored, and why.
 */
public record IngestionResult(int accepted, int stored, List<Rejection> rejected) {

	public IngestionResult {
		rejected = List.copyOf(rejected);
	}

}
