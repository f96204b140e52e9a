package io.kaiwu.alarm.notification;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP receiver on a free local port (the JDK's HttpServer), standing where a
 * customer's webhook or a robot would: it keeps every request and answers with the
 * scripted answers in turn, the last one from then on.
 */
final class Receiver implements AutoCloseable {

	/** One request as it arrived. */
	record Request(String path, String query, Map<String, List<String>> headers, String body) {

		String header(String name) {
			return this.headers.entrySet()
				.stream()
				.filter((h) -> h.getKey().equalsIgnoreCase(name))
				.map((h) -> h.getValue().get(0))
				.findFirst()
				.orElse("");
		}

	}

	/** An answer: status and JSON body. */
	record Answer(int status, String body) {
	}

	private final HttpServer server;

	private final Deque<Answer> script = new ArrayDeque<>();

	private final List<Request> requests = new CopyOnWriteArrayList<>();

	Receiver(Answer... answers) throws IOException {
		this.script.addAll(List.of(answers));
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	String url(String pathAndQuery) {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + pathAndQuery;
	}

	List<Request> requests() {
		return List.copyOf(this.requests);
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (InputStream in = exchange.getRequestBody()) {
			String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			String query = exchange.getRequestURI().getRawQuery();
			this.requests.add(new Request(exchange.getRequestURI().getPath(), (query != null) ? query : "",
					Map.copyOf(exchange.getRequestHeaders()), body));
		}
		Answer answer;
		synchronized (this.script) {
			answer = (this.script.size() > 1) ? this.script.poll() : this.script.peek();
		}
		byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(answer.status(), bytes.length);
		exchange.getResponseBody().write(bytes);
		exchange.close();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
