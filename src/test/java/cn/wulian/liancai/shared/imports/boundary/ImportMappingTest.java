package cn.wulian.liancai.shared.imports.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.wulian.liancai.shared.imports.control.MappedRow;
import cn.wulian.liancai.shared.imports.control.SheetRow;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportMappingTest {

    @Test
    void aMappingKeepsItsLeftOutColumnsInPlace() {
        List<String> mapping = Arrays.asList("name", null, "phone", "");
        String json = ImportMapping.format(mapping);
        assertEquals("[\"name\",null,\"phone\",null]", json);
        assertEquals(Arrays.asList("name", null, "phone", null), ImportMapping.parse(json));
        assertEquals(List.of(), ImportMapping.parse(null));
    }

    @Test
    void aRowIsReadByTheFieldsItsColumnsAreMappedTo() {
        MappedRow row = ImportMapping.apply(Arrays.asList("name", null, "phone"),
                new SheetRow(7, List.of("张伟", "校友会", "13800138000")));
        assertEquals(7, row.number());
        assertEquals("张伟", row.cell("name"));
        assertEquals("13800138000", row.cell("phone"));
        assertEquals(2, row.cells().size(), "a column left out is not read");
        assertNull(ImportMapping.apply(List.of("name", "phone"), new SheetRow(3, List.of("李娜"))).cell("phone"),
                "a short row has nothing in its last columns");
    }

    @Test
    void theSameHeaderRowHasTheSameSignature() {
        assertEquals(Imports.signature(List.of("姓名", "手机")), Imports.signature(List.of("姓名", "手机")));
        assertNotEquals(Imports.signature(List.of("姓名", "手机")), Imports.signature(List.of("手机", "姓名")));
        assertEquals(64, Imports.signature(List.of("姓名")).length(), "fits its column");
    }
}
