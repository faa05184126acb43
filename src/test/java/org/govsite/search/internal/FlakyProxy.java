package org.govsite.search.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Stands between the engine and the real test node and makes it unreliable on demand: answers the
 * next calls with 503 or 429 itself, turns a bulk's items into 429s as a full write queue does, or
 * stops listening for a while (connection refused). Everything else is passed to the node.
 */
final class FlakyProxy implements AutoCloseable {

	private final URI node;

	private final HttpClient http = HttpClient.newHttpClient();

	private final Deque<Integer> failures = new ConcurrentLinkedDeque<>();

	private final AtomicInteger bulksTooMany = new AtomicInteger();

	private final AtomicInteger refused = new AtomicInteger();

	private final int port;

	private volatile HttpServer server;

	private volatile boolean silent;

	FlakyProxy(URI node) throws IOException {
		this.node = node;
		this.server = listen(0);
		this.port = server.getAddress().getPort();
	}

	URI url() {
		return URI.create("http://127.0.0.1:" + port + "/");
	}

	/** The next calls are answered with these statuses, one each, without reaching the node. */
	void failNext(Integer... statuses) {
		failures.addAll(java.util.List.of(statuses));
	}

	/** The next bulks reach the node but come back as if each item had been refused with 429. */
	void bulkItemsTooManyNext(int bulks) {
		bulksTooMany.set(bulks);
	}

	/** Stops listening now and listens again on the same port after {@code down}. */
	void downFor(Duration down) {
		server.stop(0);
		Thread.ofVirtual().start(() -> {
			try {
				Thread.sleep(down);
				server = listen(port);
			}
			catch (IOException | InterruptedException e) {
				throw new IllegalStateException(e);
			}
		});
	}

	/**
	 * Until {@link #up()}, hangs up on every call without a byte of answer, as a port nothing
	 * serves yet: the node not started. The port stays this proxy's (one released for minutes is
	 * soon another process's).
	 */
	void down() {
		silent = true;
	}

	void up() {
		silent = false;
	}

	/** How many calls were refused here so far. */
	int refused() {
		return refused.get();
	}

	private HttpServer listen(int on) throws IOException {
		HttpServer listening = HttpServer.create(new InetSocketAddress("127.0.0.1", on), 0);
		listening.createContext("/", this::handle);
		listening.start();
		return listening;
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			byte[] body = exchange.getRequestBody().readAllBytes();
			if (silent) {
				refused.incrementAndGet();
				return;
			}
			Integer failure = failures.poll();
			if (failure != null) {
				refused.incrementAndGet();
				answer(exchange, failure, "{\"error\":\"injected\",\"status\":" + failure + "}");
				return;
			}
			boolean bulk = exchange.getRequestURI().getPath().endsWith("/_bulk");
			if (bulk && bulksTooMany.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
				refused.incrementAndGet();
				answer(exchange, 200, "{\"errors\":true,\"items\":[{\"index\":{\"status\":429,\"error\":{\"type\":"
						+ "\"es_rejected_execution_exception\"}}}]}");
				return;
			}
			HttpRequest.Builder forward = HttpRequest.newBuilder(node.resolve(exchange.getRequestURI().toString()))
				.method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
						: HttpRequest.BodyPublishers.ofByteArray(body));
			String type = exchange.getRequestHeaders().getFirst("Content-Type");
			if (type != null) {
				forward.header("Content-Type", type);
			}
			HttpResponse<byte[]> response = http.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
			answer(exchange, response.statusCode(), response.body());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException(e);
		}
	}

	private static void answer(HttpExchange exchange, int status, String body) throws IOException {
		answer(exchange, status, body.getBytes(StandardCharsets.UTF_8));
	}

	private static void answer(HttpExchange exchange, int status, byte[] body) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		boolean head = "HEAD".equals(exchange.getRequestMethod());
		exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
		if (!head) {
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		}
	}

	@Override
	public void close() {
		server.stop(0);
		http.close();
	}

}
