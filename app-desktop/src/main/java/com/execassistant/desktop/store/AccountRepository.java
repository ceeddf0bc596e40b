package com.execassistant.desktop.store;

import com.execassistant.core.account.Account;
import com.execassistant.core.account.AccountKind;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The connected accounts (never their secrets). */
public final class AccountRepository {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> SETTINGS = new TypeReference<>() {};

    private final Database db;

    public AccountRepository(Database db) {
        this.db = db;
    }

    public void add(Account a) {
        try (Connection c = db.connection();
                PreparedStatement ps =
                        c.prepareStatement(
                                "INSERT INTO account (id, kind, label, owner_email, settings_json,"
                                        + " active, created_at) VALUES (?,?,?,?,?,?,?)")) {
            ps.setString(1, a.id());
            ps.setString(2, a.kind().wire());
            ps.setString(3, a.label());
            ps.setString(4, a.ownerEmail());
            ps.setString(5, JSON.writeValueAsString(a.settings()));
            ps.setBoolean(6, a.active());
            ps.setObject(7, JdbcMeetingStore.ts(Instant.now()));
            ps.executeUpdate();
        } catch (SQLException | JsonProcessingException e) {
            throw new StoreException("Cannot save the account: " + e.getMessage(), e);
        }
    }

    public List<Account> all() {
        List<Account> out = new ArrayList<>();
        try (Connection c = db.connection();
                PreparedStatement ps =
                        c.prepareStatement(
                                "SELECT id, kind, label, owner_email, settings_json, active"
                                        + " FROM account ORDER BY created_at, id");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(
                        new Account(
                                rs.getString(1),
                                AccountKind.parse(rs.getString(2)),
                                rs.getString(3),
                                rs.getString(4),
                                JSON.readValue(rs.getString(5), SETTINGS),
                                rs.getBoolean(6)));
            }
            return out;
        } catch (SQLException | JsonProcessingException e) {
            throw new StoreException("Cannot read the accounts: " + e.getMessage(), e);
        }
    }

    public Optional<Account> find(String id) {
        return all().stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** Replaces an account's kind-specific settings (e.g. which calendars to read). */
    public void updateSettings(String id, Map<String, String> settings) {
        try (Connection c = db.connection();
                PreparedStatement ps =
                        c.prepareStatement("UPDATE account SET settings_json = ? WHERE id = ?")) {
            ps.setString(1, JSON.writeValueAsString(settings));
            ps.setString(2, id);
            ps.executeUpdate();
        } catch (SQLException | JsonProcessingException e) {
            throw new StoreException("Cannot save the account: " + e.getMessage(), e);
        }
    }

    /** Removes the account; returns false when there was none with that id. */
    public boolean remove(String id) {
        try (Connection c = db.connection();
                PreparedStatement ps = c.prepareStatement("DELETE FROM account WHERE id = ?")) {
            ps.setString(1, id);
            return ps.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new StoreException("Cannot remove the account: " + e.getMessage(), e);
        }
    }

    /** The next free id for a kind: google-1, google-2, ... */
    public String nextId(AccountKind kind) {
        int n = 1;
        List<String> taken = all().stream().map(Account::id).toList();
        while (taken.contains(kind.wire() + "-" + n)) {
            n++;
        }
        return kind.wire() + "-" + n;
    }
}
