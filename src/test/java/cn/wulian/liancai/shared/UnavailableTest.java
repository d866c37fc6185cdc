package cn.wulian.liancai.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class UnavailableTest {

    @Test
    void aDatabaseThatCannotWriteItsLogOrPagesIsUnavailableNotAConflict() {
        var log = new PersistenceException(new RuntimeException(new SQLException("Error encountered when attempting to write the transaction recovery log", "XSLA4")));
        assertEquals(Unavailable.STORAGE, Unavailable.in(log).orElseThrow().messageKey());
        var page = new PersistenceException(new SQLException("Page 12 could not be written to disk", "XSDG1"));
        assertEquals(Unavailable.STORAGE, Unavailable.in(page).orElseThrow().messageKey());
        var shutDown = new PersistenceException(new SQLException("No current connection.", "08003"));
        assertEquals(Unavailable.STORAGE, Unavailable.in(shutDown).orElseThrow().messageKey(), "Derby shut the database down after such a failure");
    }

    @Test
    void aStorageFailureReportedAsTheNextExceptionCounts() {
        SQLException top = new SQLException("the transaction was rolled back", "40XT0");
        top.setNextException(new SQLException("could not create file", "XSDF1"));
        assertEquals(Unavailable.STORAGE, Unavailable.in(new PersistenceException(top)).orElseThrow().messageKey());
    }

    @Test
    void otherDatabaseRefusalsAreNot() {
        assertTrue(Unavailable.in(new PersistenceException(new SQLException("duplicate key", "23505"))).isEmpty());
        assertTrue(Unavailable.in(new PersistenceException(new SQLException("lock timeout", "40XL1"))).isEmpty());
        assertTrue(Unavailable.in(new IllegalStateException("boom")).isEmpty());
    }

    @Test
    void anUnavailableAmongTheCausesIsFoundAsItIs() {
        Unavailable index = new Unavailable(Unavailable.INDEX, "behind");
        assertSame(index, Unavailable.in(new RuntimeException(new RuntimeException(index))).orElseThrow());
    }
}
