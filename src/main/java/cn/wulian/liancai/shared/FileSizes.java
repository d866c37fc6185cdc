package cn.wulian.liancai.shared;

import java.util.Locale;

/** A size in bytes as people read it: "1.2 MB", "350 KB". */
public final class FileSizes {

    private FileSizes() {
    }

    public static String text(long bytes) {
        return bytes >= 1024 * 1024 ? String.format(Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0)
                : Math.max(1, Math.round(bytes / 1024.0)) + " KB";
    }
}
