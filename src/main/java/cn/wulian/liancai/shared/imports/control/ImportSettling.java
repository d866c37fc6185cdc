package cn.wulian.liancai.shared.imports.control;

/**
 * Fired, synchronously, when an import has made its last write (saved its last chunk, or taken
 * back what it saved): an observer returns once what follows those commits is done — the search
 * index above all — so that an import shown as ended means its records can be found, or no longer
 * are. A contract, because what follows a commit lives in features above the imports.
 */
public record ImportSettling(long importId) {
}
