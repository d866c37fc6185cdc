package cn.wulian.liancai.shared.imports.control;

import java.util.List;
import java.util.function.Consumer;

/** STAND-IN until the reading branch lands */
public interface TabularFile extends AutoCloseable {
    List<String> headers();
    int rowCount();
    List<SheetRow> first(int n);
    void forEachRow(Consumer<SheetRow> action);
    @Override
    void close();
}
