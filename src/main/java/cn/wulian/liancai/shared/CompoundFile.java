package cn.wulian.liancai.shared;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An OLE2 compound file (Excel and Word 97–2003, and the envelope Office puts around an encrypted
 * OOXML file) opened for reading its directory and the start of its streams: what the upload checks
 * need to tell an old workbook from an encrypted one or one with macros, and nothing more.
 * <p>
 * Follows [MS-CFB]: a 512-byte header, the sector allocation table (FAT) listed by the header and
 * its DIFAT chain, the directory as a red-black tree of entries, and streams below the mini-stream
 * cut-off (4,096 bytes) in the mini stream. Every chain and tree walk is bounded by the file's
 * size, so a damaged or hostile file ends in an {@link IOException}, never in a loop.
 */
public final class CompoundFile {

    /** the first bytes of every compound file */
    public static final byte[] SIGNATURE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private static final int END_OF_CHAIN = 0xFFFFFFFE;
    private static final int FREE = 0xFFFFFFFF;
    private static final int NO_STREAM = 0xFFFFFFFF;
    private static final int HEADER_DIFAT = 109;

    private final ByteBuffer data;
    private final int sectorSize;
    private final int miniSectorSize;
    private final int miniCutoff;
    private final int[] fat;
    private final int[] miniFat;
    private final List<RawEntry> raw;
    private final Entry root;
    private byte[] miniStream;

    /** a storage (folder) or stream of the file, with its children when a storage */
    public record Entry(String name, boolean storage, List<Entry> children, int start, long size) {

        /** a child by name, ignoring case as OLE2 does */
        public Optional<Entry> child(String childName) {
            return children.stream().filter(c -> c.name.equalsIgnoreCase(childName)).findFirst();
        }

        public boolean has(String childName) {
            return child(childName).isPresent();
        }
    }

    private record RawEntry(String name, int type, int left, int right, int child, int start, long size) {
    }

    private CompoundFile(ByteBuffer data) throws IOException {
        this.data = data.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        if (this.data.limit() < 512 || !startsWithSignature(this.data)) {
            throw new IOException("not a compound file");
        }
        if (u16(0x1C) != 0xFFFE) {
            throw new IOException("bad byte order mark");
        }
        int shift = u16(0x1E);
        int miniShift = u16(0x20);
        if (shift != 9 && shift != 12 || miniShift != 6) {
            throw new IOException("bad sector size");
        }
        sectorSize = 1 << shift;
        miniSectorSize = 1 << miniShift;
        miniCutoff = this.data.getInt(0x38);
        fat = readFat(this.data.getInt(0x2C), this.data.getInt(0x44), this.data.getInt(0x48));
        miniFat = ints(chain(this.data.getInt(0x3C)));
        raw = readDirectory(chain(this.data.getInt(0x30)));
        if (raw.isEmpty() || raw.get(0).type != 5) {
            throw new IOException("no root entry");
        }
        RawEntry r = raw.get(0);
        root = new Entry(r.name, true, children(r.child, new HashSet<>()), r.start, r.size);
    }

    /** the compound file in {@code data}: a byte array wrapped, or a file mapped into memory */
    public static CompoundFile open(ByteBuffer data) throws IOException {
        try {
            return new CompoundFile(data);
        } catch (IndexOutOfBoundsException | IllegalArgumentException damaged) {
            throw new IOException("damaged compound file", damaged);
        }
    }

    public static boolean startsWithSignature(ByteBuffer b) {
        if (b.limit() < SIGNATURE.length) {
            return false;
        }
        for (int i = 0; i < SIGNATURE.length; i++) {
            if (b.get(i) != SIGNATURE[i]) {
                return false;
            }
        }
        return true;
    }

    public Entry root() {
        return root;
    }

    /** the first {@code max} bytes of a stream (all of it when shorter) */
    public byte[] read(Entry stream, int max) throws IOException {
        try {
            if (stream.storage()) {
                throw new IOException(stream.name() + " is a storage");
            }
            int length = (int) Math.min(Math.min(stream.size(), max), Integer.MAX_VALUE - 8);
            if (stream.size() < miniCutoff) {
                return slice(mini(), miniFat, stream.start(), miniSectorSize, 0, length);
            }
            return slice(null, fat, stream.start(), sectorSize, 1, length);
        } catch (IndexOutOfBoundsException | IllegalArgumentException damaged) {
            throw new IOException("damaged compound file", damaged);
        }
    }

    private int u16(int offset) {
        return data.getShort(offset) & 0xFFFF;
    }

    private int sectors() {
        return (data.limit() + sectorSize - 1) / sectorSize;
    }

    private int[] readFat(int fatSectors, int difatStart, int difatSectors) throws IOException {
        if (fatSectors < 0 || fatSectors > sectors()) {
            throw new IOException("bad FAT size");
        }
        List<Integer> fatSectorIds = new ArrayList<>();
        for (int i = 0; i < HEADER_DIFAT && fatSectorIds.size() < fatSectors; i++) {
            fatSectorIds.add(data.getInt(0x4C + 4 * i));
        }
        int next = difatStart;
        int perSector = sectorSize / 4 - 1;
        for (int d = 0; fatSectorIds.size() < fatSectors && d < Math.max(difatSectors, 0) && d <= sectors(); d++) {
            int base = offset(next);
            for (int i = 0; i < perSector && fatSectorIds.size() < fatSectors; i++) {
                fatSectorIds.add(data.getInt(base + 4 * i));
            }
            next = data.getInt(base + 4 * perSector);
        }
        return ints(fatSectorIds);
    }

    private int offset(int sector) throws IOException {
        long offset = ((long) sector + 1) * sectorSize;
        if (sector < 0 || offset + sectorSize > data.limit() + (long) sectorSize - 1) {
            throw new IOException("sector " + sector + " beyond the file");
        }
        return (int) offset;
    }

    /** the sectors of a chain in the FAT, in order */
    private List<Integer> chain(int start) throws IOException {
        List<Integer> sectorIds = new ArrayList<>();
        int next = start;
        while (next != END_OF_CHAIN && next != FREE) {
            if (next < 0 || next >= fat.length || sectorIds.size() > fat.length) {
                throw new IOException("broken sector chain");
            }
            sectorIds.add(next);
            next = fat[next];
        }
        return sectorIds;
    }

    /** the 32-bit entries of these sectors in order: a FAT or the mini FAT */
    private int[] ints(List<Integer> sectorIds) throws IOException {
        int per = sectorSize / 4;
        int[] table = new int[sectorIds.size() * per];
        for (int s = 0; s < sectorIds.size(); s++) {
            int base = offset(sectorIds.get(s));
            for (int i = 0; i < per; i++) {
                table[s * per + i] = data.getInt(base + 4 * i);
            }
        }
        return table;
    }

    private List<RawEntry> readDirectory(List<Integer> sectorIds) throws IOException {
        List<RawEntry> entries = new ArrayList<>();
        for (int sector : sectorIds) {
            int base = offset(sector);
            for (int e = 0; e < sectorSize / 128; e++) {
                int at = base + e * 128;
                if (at + 128 > data.limit()) {
                    break;
                }
                int nameBytes = Math.min(u16(at + 0x40), 64);
                byte[] name = new byte[Math.max(nameBytes - 2, 0)];
                data.get(at, name);
                int type = data.get(at + 0x42) & 0xFF;
                long size = sectorSize == 512 ? data.getInt(at + 0x78) & 0xFFFFFFFFL : data.getLong(at + 0x78);
                entries.add(new RawEntry(new String(name, StandardCharsets.UTF_16LE), type, data.getInt(at + 0x44), data.getInt(at + 0x48),
                        data.getInt(at + 0x4C), data.getInt(at + 0x74), size));
            }
        }
        return entries;
    }

    /** the entries of the red-black tree below {@code id}: in-order, each entry once */
    private List<Entry> children(int id, Set<Integer> seen) throws IOException {
        List<Entry> out = new ArrayList<>();
        collect(id, seen, out);
        return List.copyOf(out);
    }

    private void collect(int id, Set<Integer> seen, List<Entry> out) throws IOException {
        if (id == NO_STREAM) {
            return;
        }
        if (id < 0 || id >= raw.size() || !seen.add(id)) {
            throw new IOException("broken directory tree");
        }
        RawEntry e = raw.get(id);
        collect(e.left, seen, out);
        if (e.type == 1 || e.type == 2) {
            boolean storage = e.type == 1;
            out.add(new Entry(e.name, storage, storage ? children(e.child, seen) : List.of(), e.start, e.size));
        }
        collect(e.right, seen, out);
    }

    private byte[] mini() throws IOException {
        if (miniStream == null) {
            RawEntry r = raw.get(0);
            miniStream = slice(null, fat, r.start, sectorSize, 1, (int) Math.min(r.size, Integer.MAX_VALUE - 8));
        }
        return miniStream;
    }

    /**
     * {@code length} bytes of a chain of sectors, from the file ({@code source} null; sector n at
     * (n + {@code headerSectors}) × size) or from the mini stream
     */
    private byte[] slice(byte[] source, int[] table, int start, int size, int headerSectors, int length) throws IOException {
        byte[] out = new byte[length];
        int done = 0;
        int next = start;
        int steps = 0;
        while (done < length) {
            if (next < 0 || next >= table.length || steps++ > table.length) {
                throw new IOException("broken sector chain");
            }
            long from = ((long) next + headerSectors) * size;
            int n = Math.min(size, length - done);
            if (source == null) {
                if (from + n > data.limit()) {
                    throw new IOException("sector beyond the file");
                }
                data.get((int) from, out, done, n);
            } else {
                if (from + n > source.length) {
                    throw new IOException("sector beyond the mini stream");
                }
                System.arraycopy(source, (int) from, out, done, n);
            }
            done += n;
            next = table[next];
        }
        return out;
    }
}
