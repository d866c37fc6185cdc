package cn.wulian.liancai.backup.control;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * What a backup needs from the database product: an online copy into a folder, opening such a copy
 * on its own, checking a table of it, and putting it back into a data folder. Everything else a
 * backup does is plain JDBC. Chosen by the JDBC product name ({@link #of}), so that another database
 * needs only another implementation here.
 */
public interface DatabaseCopies {

    /** copies the live database, while it serves, into {@code target} (a folder that does not exist yet) */
    void copy(Connection live, Path target) throws SQLException, IOException;

    /** opens a copy made by {@link #copy}, read-only; {@link #close} ends it */
    Connection open(Path copy) throws SQLException;

    /** releases the copy opened by {@link #open} (after its connections were closed) */
    void close(Path copy) throws SQLException;

    /** checks one table of an opened copy (data and indexes agree); throws if it does not pass */
    void check(Connection copy, String schema, String table) throws SQLException;

    /** makes the database of the data folder {@code dataDir} the copy's, the application stopped */
    void restore(Path copy, Path dataDir) throws SQLException, IOException;

    /** the implementation for a product as {@code DatabaseMetaData.getDatabaseProductName()} names it */
    static DatabaseCopies of(String productName) {
        if (supports(productName)) {
            return new DerbyCopies();
        }
        throw new UnsupportedOperationException("backups of " + productName + " are not supported");
    }

    /**
     * Whether the app backs this product up itself: embedded Derby only. A server database has its own
     * tools (PostgreSQL: {@code pg_dump}, README "PostgreSQL"), run by whoever runs the server.
     */
    static boolean supports(String productName) {
        return DerbyCopies.PRODUCT.equals(productName);
    }

    /** the product of the database behind {@code connection}, if the app cannot back it up; empty if it can */
    static Optional<String> unsupported(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        return supports(product) ? Optional.empty() : Optional.of(product);
    }
}
