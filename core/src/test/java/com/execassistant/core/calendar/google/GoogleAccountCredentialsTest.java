package com.execassistant.core.calendar.google;

import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.core.secrets.MasterKey;
import com.execassistant.core.secrets.SecretVault;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoogleAccountCredentialsTest {

    private final GoogleAccountCredentials credentials =
            new GoogleAccountCredentials(
                    "client-1",
                    "very-secret-client",
                    "1//very-secret-refresh",
                    "ya29.very-secret-access",
                    Instant.parse("2030-01-01T00:00:00Z"));

    @Test
    void toStringRedactsEverySecret() {
        assertThat(credentials.toString())
                .doesNotContain("very-secret")
                .contains("client-1")
                .contains("[redacted]");
    }

    @Test
    void credentialsRoundTripThroughTheEncryptedVault(@TempDir Path dir) throws Exception {
        SecretVault vault = SecretVault.open(dir.resolve("v"), MasterKey.generate());
        new GoogleCredentialStore(vault).save("work", credentials);

        assertThat(new GoogleCredentialStore(vault).load("work")).contains(credentials);
        assertThat(Files.readString(dir.resolve("v"), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("very-secret");
    }
}
