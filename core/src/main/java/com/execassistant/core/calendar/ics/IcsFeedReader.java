package com.execassistant.core.calendar.ics;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Reads the text of an ICS calendar from a file or a web address, turning every failure into a
 * plain sentence ({@link IcsUnreadableException}) that names the source without its secret part.
 */
public final class IcsFeedReader {

    /** How long one download may take before it counts as failed. */
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final Duration requestTimeout;

    public IcsFeedReader(HttpClient http) {
        this(http, REQUEST_TIMEOUT);
    }

    public IcsFeedReader(HttpClient http, Duration requestTimeout) {
        this.http = Objects.requireNonNull(http, "http");
        this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
    }

    /** A client with a connect timeout that follows redirects, except from https to http. */
    public static HttpClient defaultHttpClient() {
        return HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** The calendar text of a file path or http(s)/webcal address. */
    public String read(IcsAddress address) {
        return address.isUrl() ? download(address) : readFile(address);
    }

    private String download(IcsAddress address) {
        String name = "The calendar address " + address.displayName();
        HttpRequest request =
                HttpRequest.newBuilder(address.uri())
                        .timeout(requestTimeout)
                        .header("Accept", "text/calendar, */*;q=0.5")
                        .GET()
                        .build();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpConnectTimeoutException e) {
            throw new IcsUnreadableException(name + " could not be reached in time.", e);
        } catch (HttpTimeoutException e) {
            throw new IcsUnreadableException(
                    name + " did not answer within " + requestTimeout.toSeconds() + " seconds.", e);
        } catch (ConnectException e) {
            throw new IcsUnreadableException(
                    name + " could not be reached: the server refused the connection.", e);
        } catch (IOException e) {
            throw new IcsUnreadableException(
                    name + " could not be reached (" + reason(e) + ").", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IcsUnreadableException(
                    "Reading " + address.displayName() + " was interrupted.", e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new IcsUnreadableException(HttpFailure.describe(name, response.statusCode()));
        }
        return decode(response.body());
    }

    private static String readFile(IcsAddress address) {
        Path path =
                address.source().regionMatches(true, 0, "file:", 0, 5)
                        ? Path.of(java.net.URI.create(address.source()))
                        : Path.of(address.source());
        String name = "The calendar file " + path;
        try {
            if (Files.isDirectory(path)) {
                throw new IcsUnreadableException(name + " is a folder, not a file.");
            }
            return decode(Files.readAllBytes(path));
        } catch (NoSuchFileException e) {
            throw new IcsUnreadableException(name + " does not exist.", e);
        } catch (AccessDeniedException e) {
            throw new IcsUnreadableException(name + " cannot be read: permission denied.", e);
        } catch (IOException e) {
            throw new IcsUnreadableException(name + " cannot be read (" + reason(e) + ").", e);
        }
    }

    /** iCalendar is UTF-8 by definition; a byte-order mark some Windows tools add is dropped. */
    private static String decode(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String reason(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
