package com.execassistant.desktop.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The workspace's H2 database, migrated by Flyway on open.
 *
 * <p>H2 in file mode locks the database, so a second process on the same workspace fails fast
 * instead of corrupting it; {@link DatabaseLockedException} says so in plain words.
 */
public final class Database implements AutoCloseable {

    /**
     * The version of the newest migration in db/migration; a test keeps it in step with the files.
     */
    static final int LATEST_MIGRATION = 22;

    private final JdbcConnectionPool pool;

    private Database(JdbcConnectionPool pool) {
        this.pool = pool;
    }

    public static Database open(Path file) {
        // WRITE_DELAY=0: H2 otherwise writes a commit up to half a second later, and a killed
        // process would lose meetings and prep events it had already reported as stored.
        // async: an interrupted thread (a scheduler stopping) would otherwise close H2's file
        // channel and with it the whole database.
        return openUrl(
                "jdbc:h2:async:" + file.toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
    }

    public static Database inMemory(String name) {
        return openUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    }

    private static Database openUrl(String url) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        try (Connection c = pool.getConnection()) {
            c.isValid(1);
        } catch (SQLException e) {
            pool.dispose();
            if (e.getErrorCode() == org.h2.api.ErrorCode.DATABASE_ALREADY_OPEN_1) {
                throw new DatabaseLockedException(
                        "The workspace is in use by another Exec Assistant process (the app or 'run'); use that one, or stop it first.",
                        e);
            }
            throw new StoreException("Cannot open the database: " + e.getMessage(), e);
        }
        if (!isCurrent(pool)) {
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        }
        return new Database(pool);
    }

    /**
     * Whether the newest migration this build ships was already applied, successfully. Flyway
     * itself then has nothing to do, but starting it (scanning the classpath, validating every
     * applied migration) costs about half a second of every app launch.
     */
    static boolean isCurrent(DataSource pool) {
        try (Connection c = pool.getConnection();
                var q =
                        c.prepareStatement(
                                "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" = ?"
                                        + " AND \"success\" AND NOT EXISTS (SELECT 1 FROM"
                                        + " \"flyway_schema_history\" WHERE NOT \"success\")")) {
            q.setString(1, String.valueOf(LATEST_MIGRATION));
            try (var rs = q.executeQuery()) {
                return rs.next() && rs.getInt(1) == 1;
            }
        } catch (SQLException e) {
            return false; // a new workspace: no history table yet
        }
    }

    public DataSource dataSource() {
        return pool;
    }

    public Connection connection() throws SQLException {
        return pool.getConnection();
    }

    @Override
    public void close() {
        pool.dispose();
    }
}
