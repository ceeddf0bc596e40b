package com.execassistant.core.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MasterKeyTest {

    @TempDir Path dir;

    @Test
    void keyFileIsCreatedOnFirstUseWithOwnerOnlyPermissions() throws Exception {
        Path keyFile = dir.resolve("secrets.key");

        MasterKey.fromEnvironmentOrFile(Map.of(), keyFile);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)))
                .isEqualTo("rw-------");
    }

    @Test
    void keyFileIsReusedOnLaterUse() {
        Path keyFile = dir.resolve("secrets.key");
        MasterKey first = MasterKey.fromEnvironmentOrFile(Map.of(), keyFile);

        MasterKey second = MasterKey.fromEnvironmentOrFile(Map.of(), keyFile);

        assertThat(second.toBase64()).isEqualTo(first.toBase64());
    }

    @Test
    void environmentKeyWinsAndNoKeyFileIsWritten() {
        MasterKey given = MasterKey.generate();
        Path keyFile = dir.resolve("secrets.key");

        MasterKey used =
                MasterKey.fromEnvironmentOrFile(
                        Map.of(MasterKey.ENV_VARIABLE, given.toBase64()), keyFile);

        assertThat(used.toBase64()).isEqualTo(given.toBase64());
        assertThat(keyFile).doesNotExist();
    }

    @Test
    void environmentKeyOfTheWrongLengthIsRefusedWithAPlainMessage() {
        assertThatThrownBy(
                        () ->
                                MasterKey.fromEnvironmentOrFile(
                                        Map.of(MasterKey.ENV_VARIABLE, "c2hvcnQ="),
                                        dir.resolve("k")))
                .isInstanceOf(SecretVaultException.class)
                .hasMessageContaining(MasterKey.ENV_VARIABLE)
                .hasMessageContaining("32 bytes");
    }

    @Test
    void damagedKeyFileIsNamedInTheError() throws Exception {
        Path keyFile = dir.resolve("secrets.key");
        Files.writeString(keyFile, "not base64 !!!");

        assertThatThrownBy(() -> MasterKey.fromEnvironmentOrFile(Map.of(), keyFile))
                .isInstanceOf(SecretVaultException.class)
                .hasMessageContaining(keyFile.toString());
    }

    @Test
    void workspaceVaultOpensWithTheKeyFileItCreated() {
        SecretVault.inWorkspace(dir, Map.of()).put("a", "1");

        assertThat(SecretVault.inWorkspace(dir, Map.of()).get("a")).contains("1");
        assertThat(dir.resolve(SecretVault.KEY_FILE)).exists();
    }
}
