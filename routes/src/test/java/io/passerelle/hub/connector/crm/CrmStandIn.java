package io.passerelle.hub.connector.crm;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * Stands in for a Salesforce org's REST API: a real HTTP server on 127.0.0.1 (the JDK's own), that records
 * every request and answers each path as scripted. The last scripted answer of a path repeats; a path with
 * no script answers 404 as Salesforce does for an unknown resource.
 */
public final class CrmStandIn implements AutoCloseable {

    public record Request(String method, String path, Map<String, List<String>> headers, String body) {

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> String.join(",", e.getValue())).findFirst().orElse(null);
        }
    }

    public record Answer(int status, String body, Duration delay) {

        public static Answer of(int status, String body) {
            return new Answer(status, body, Duration.ZERO);
        }

        public static Answer noContent() {
            return of(204, "");
        }

        public Answer after(Duration wait) {
            return new Answer(status, body, wait);
        }
    }

    private static final Answer NOT_FOUND = Answer.of(404,
            "[{\"errorCode\":\"NOT_FOUND\",\"message\":\"The requested resource does not exist\"}]");

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4, task -> {
        Thread thread = new Thread(task, "crm-stand-in");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Request> received = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Answer>> script = new ConcurrentHashMap<>();
    private volatile Answer otherwise = NOT_FOUND;

    private CrmStandIn() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    public static CrmStandIn start() {
        return new CrmStandIn();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Scripts the answers to a path, in order; the last one repeats. */
    public void answer(String path, Answer... answers) {
        script.put(path, new ArrayDeque<>(List.of(answers)));
    }

    /** The answer to every path without a script of its own (a 404 unless told). */
    public void answerOtherwise(Answer answer) {
        otherwise = answer;
    }

    /** Everything received, in arrival order. */
    public List<Request> requests() {
        return List.copyOf(received);
    }

    /** One record upserted, whether by its own call or within an sObject Collections call. */
    public record Upserted(String sObject, String externalId, String body, Request request) {
    }

    /** Every record of an sObject type upserted, in the order received, however it was sent. */
    public List<Upserted> upserts(String sObject) {
        String single = "/sobjects/" + sObject + "/";
        String collection = "/composite/sobjects/" + sObject + "/";
        List<Upserted> upserts = new java.util.ArrayList<>();
        for (Request request : received) {
            if (request.path().contains(collection)) {
                String field = request.path().substring(request.path().lastIndexOf('/') + 1);
                try {
                    for (com.fasterxml.jackson.databind.JsonNode record : JSON.readTree(request.body()).path("records")) {
                        upserts.add(new Upserted(sObject, record.path(field).asText(), record.toString(), request));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else if (request.path().contains(single) && !request.path().contains("/composite/")) {
                String externalId = java.net.URLDecoder.decode(request.path().substring(request.path().lastIndexOf('/') + 1),
                        StandardCharsets.UTF_8);
                upserts.add(new Upserted(sObject, externalId, request.body(), request));
            }
        }
        return upserts;
    }

    public List<Request> requestsTo(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, List<String>> headers = exchange.getRequestHeaders().entrySet().stream()
                    .collect(Collectors.toMap(e -> e.getKey().toLowerCase(Locale.ROOT), e -> List.copyOf(e.getValue())));
            received.add(new Request(exchange.getRequestMethod(), path, headers, body));
            if ("PATCH".equals(exchange.getRequestMethod()) && !path.contains("/composite/")) {
                recordsReceived.incrementAndGet();
            }
            Answer answer = next(path);
            if (answer == otherwise && answer.status() < 300 && path.contains("/composite/sobjects/")) {
                answer = collectionAnswer(path, body);
            }
            if (!answer.delay().isZero()) {
                Thread.sleep(answer.delay().toMillis());
            }
            byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            if (bytes.length > 0) {
                exchange.getResponseHeaders().add("Content-Type", "application/json;charset=UTF-8");
            }
            exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Salesforce's answer to an sObject Collections upsert that succeeds: one result per record, in order,
     * each record created once and updated after (by its external id).
     */
    private Answer collectionAnswer(String path, String body) {
        String externalIdField = path.substring(path.lastIndexOf('/') + 1);
        try {
            StringBuilder results = new StringBuilder("[");
            for (com.fasterxml.jackson.databind.JsonNode record : JSON.readTree(body).path("records")) {
                String key = record.path("attributes").path("type").asText() + "/" + record.path(externalIdField).asText();
                recordsReceived.incrementAndGet();
                boolean created = !recordIds.containsKey(key);
                String id = recordIds.computeIfAbsent(key, k -> String.format("a0%016d", recordIds.size() + 1));
                results.append(results.length() > 1 ? "," : "").append("{\"id\":\"").append(id)
                        .append("\",\"success\":true,\"errors\":[],\"created\":").append(created).append('}');
            }
            return Answer.of(200, results.append(']').toString());
        } catch (IOException e) {
            return Answer.of(400, "[{\"errorCode\":\"JSON_PARSER_ERROR\",\"message\":\"unreadable body\"}]");
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
    private final Map<String, String> recordIds = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong recordsReceived = new java.util.concurrent.atomic.AtomicLong();

    /** Records upserted and answered with success so far (single calls and collections alike), counted cheaply. */
    public long recordsReceived() {
        return recordsReceived.get();
    }

    private Answer next(String path) {
        Deque<Answer> answers = script.get(path);
        if (answers == null) {
            return otherwise;
        }
        synchronized (answers) {
            return answers.size() > 1 ? answers.poll() : answers.peek();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
