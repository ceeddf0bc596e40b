package com.execassistant.core.calendar.google;

import com.google.api.client.auth.oauth2.BearerToken;
import com.google.api.client.auth.oauth2.ClientParametersAuthentication;
import com.google.api.client.auth.oauth2.Credential;
import com.google.api.client.auth.oauth2.CredentialRefreshListener;
import com.google.api.client.http.HttpExecuteInterceptor;
import com.google.api.client.http.HttpTransport;
import com.google.api.client.json.JsonFactory;
import com.google.api.client.json.gson.GsonFactory;
import com.google.api.services.calendar.Calendar;
import java.util.concurrent.atomic.AtomicInteger;

/** Builds the official client and its OAuth credential, counting every HTTP request made. */
final class GoogleClients {

    static final JsonFactory JSON = GsonFactory.getDefaultInstance();
    static final String SERVICE_PATH = "calendar/v3/";
    private static final int TIMEOUT_MILLIS = 30_000;

    private GoogleClients() {}

    static Credential credential(
            HttpTransport transport,
            GoogleAccountCredentials credentials,
            String tokenUrl,
            AtomicInteger requestCount,
            CredentialRefreshListener listener) {
        Credential credential =
                new Credential.Builder(BearerToken.authorizationHeaderAccessMethod())
                        .setTransport(transport)
                        .setJsonFactory(JSON)
                        .setTokenServerEncodedUrl(tokenUrl)
                        .setClientAuthentication(
                                new ClientParametersAuthentication(
                                        credentials.clientId(), credentials.clientSecret()))
                        .setRequestInitializer(
                                request -> {
                                    requestCount.incrementAndGet();
                                    request.setConnectTimeout(TIMEOUT_MILLIS);
                                    request.setReadTimeout(TIMEOUT_MILLIS);
                                })
                        .addRefreshListener(listener)
                        .build();
        credential.setRefreshToken(credentials.refreshToken());
        credential.setAccessToken(credentials.accessToken());
        if (credentials.accessTokenExpiry() != null) {
            credential.setExpirationTimeMilliseconds(
                    credentials.accessTokenExpiry().toEpochMilli());
        }
        return credential;
    }

    static Calendar calendar(
            HttpTransport transport,
            Credential credential,
            String rootUrl,
            AtomicInteger requestCount) {
        return new Calendar.Builder(
                        transport,
                        JSON,
                        request -> {
                            credential.initialize(request);
                            HttpExecuteInterceptor auth = request.getInterceptor();
                            request.setInterceptor(
                                    r -> {
                                        auth.intercept(r);
                                        requestCount.incrementAndGet();
                                    });
                            // Retries and 401 refreshes are decided by GoogleRequests, in one
                            // place, so every attempt passes the rate limiter and is counted.
                            request.setUnsuccessfulResponseHandler(null);
                            request.setIOExceptionHandler(null);
                            request.setNumberOfRetries(0);
                            request.setConnectTimeout(TIMEOUT_MILLIS);
                            request.setReadTimeout(TIMEOUT_MILLIS);
                        })
                .setRootUrl(rootUrl)
                .setServicePath(SERVICE_PATH)
                .setApplicationName("Exec Assistant")
                .build();
    }
}
