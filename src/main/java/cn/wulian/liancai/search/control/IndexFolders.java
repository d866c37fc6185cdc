package cn.wulian.liancai.search.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The folders beside the index {@code <data>/index} that a full rebuild uses, so that the index
 * is replaced only by a complete one and never lost on the way:
 * <ol>
 * <li>{@code index.rebuild}: the new index while it is built; a crash leaves it half built, and it is discarded;</li>
 * <li>{@code index.new}: the new index complete and closed (renamed from {@code index.rebuild}, one atomic step);</li>
 * <li>{@code index.old}: the index being replaced, moved aside, until {@code index.new} has become {@code index}.</li>
 * </ol>
 * {@link #settle} finishes a swap from wherever it stopped, so the swap itself and the start after
 * a crash in the middle of one are the same steps.
 */
public final class IndexFolders {

    private static final Logger LOG = Logger.getLogger(IndexFolders.class.getName());

    private IndexFolders() {
    }

    public static Path building(Path index) {
        return index.resolveSibling(index.getFileName() + ".rebuild");
    }

    public static Path complete(Path index) {
        return index.resolveSibling(index.getFileName() + ".new");
    }

    public static Path replaced(Path index) {
        return index.resolveSibling(index.getFileName() + ".old");
    }

    /** marks the index built in {@link #building} complete; it must be closed */
    public static void markComplete(Path index) {
        delete(complete(index));
        move(building(index), complete(index));
    }

    /**
     * Brings the folders to one index (the index must not be open): a half-built rebuild is
     * discarded; a complete one takes the index's place, the index it replaces going; a swap that
     * stopped after moving the index aside is finished. Without leftovers it does nothing.
     */
    public static void settle(Path index) {
        if (Files.exists(building(index))) {
            LOG.info(() -> "search index: discarding the unfinished rebuild in " + building(index));
            delete(building(index));
        }
        if (Files.exists(complete(index))) {
            if (Files.exists(index)) {
                delete(replaced(index));
                move(index, replaced(index));
            }
            move(complete(index), index);
            LOG.info(() -> "search index: the rebuilt index is in place in " + index);
        }
        if (Files.exists(replaced(index))) {
            if (Files.exists(index)) {
                delete(replaced(index));
            } else {
                move(replaced(index), index);
            }
        }
    }

    /** removes a half-built index; a complete one, or an index moved aside, is left for {@link #settle} */
    public static void discardUnfinished(Path index) {
        delete(building(index));
    }

    /** removes the leftovers of a rebuild without finishing it: a restored index wins over them */
    public static void discardRebuild(Path index) {
        delete(building(index));
        delete(complete(index));
        delete(replaced(index));
    }

    private static void move(Path from, Path to) {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + from + " to " + to, e);
        }
    }

    /** deletes a folder and everything in it, if it is there */
    static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + folder, e);
        }
    }
}
