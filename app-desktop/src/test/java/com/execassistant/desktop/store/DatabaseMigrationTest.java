package com.execassistant.desktop.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseMigrationTest {

    @TempDir Path dir;

    @Test
    void theLatestMigrationConstantNamesTheNewestMigrationFile() throws Exception {
        Path folder = Path.of(Database.class.getResource("/db/migration").toURI()).toAbsolutePath();
        int newest;
        try (Stream<Path> files = Files.list(folder)) {
            newest =
                    files.map(p -> p.getFileName().toString())
                            .filter(n -> n.matches("V\\d+__.*\\.sql"))
                            .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
                            .max()
                            .orElseThrow();
        }
        assertThat(Database.LATEST_MIGRATION)
                .as("Database.LATEST_MIGRATION must name the newest migration")
                .isEqualTo(newest);
    }

    @Test
    void aNewWorkspaceIsMigratedAndThenKnownToBeCurrent() throws Exception {
        Path file = dir.resolve("db").resolve("exec-assistant");
        try (Database db = Database.open(file)) {
            assertThat(Database.isCurrent(db.dataSource())).isTrue();
        }
        try (Database again = Database.open(file);
                Connection c = again.connection();
                var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM prep_run")) {
            assertThat(rs.next()).isTrue();
        }
    }

    @Test
    void aWorkspaceBehindTheNewestMigrationIsNotCurrent() throws Exception {
        Path file = dir.resolve("db").resolve("exec-assistant");
        try (Database db = Database.open(file);
                Connection c = db.connection()) {
            c.createStatement()
                    .executeUpdate(
                            "DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '"
                                    + Database.LATEST_MIGRATION
                                    + "'");
            assertThat(Database.isCurrent(db.dataSource())).isFalse();
        }
    }

    @Test
    void aDatabaseWithoutMigrationHistoryIsNotCurrent() {
        var bare = org.h2.jdbcx.JdbcConnectionPool.create("jdbc:h2:mem:bare", "sa", "");
        try {
            assertThat(Database.isCurrent(bare)).isFalse();
        } finally {
            bare.dispose();
        }
    }
}
