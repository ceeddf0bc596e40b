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

    private final JdbcConnectionPool pool;

    private Database(JdbcConnectionPool pool) {
        this.pool = pool;
    }

    public static Database open(Path file) {
        // WRITE_DELAY=0: H2 otherwise writes a commit up to half a second later, and a killed
        // process would lose meetings and prep events it had already reported as stored.
        return openUrl(
                "jdbc:h2:file:" + file.toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
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
                        "The workspace is in use by another Exec Assistant process.", e);
            }
            throw new StoreException("Cannot open the database: " + e.getMessage(), e);
        }
        Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
        return new Database(pool);
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
