package cn.wulian.liancai.shared.persistence;

import org.eclipse.persistence.sessions.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DirectToFieldMapping;
import org.eclipse.persistence.mappings.OneToOneMapping;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.internal.helper.DatabaseField;

/**
 * Maps camelCase attributes to snake_case columns ({@code birthYear} → {@code BIRTH_YEAR},
 * {@code liaison} → {@code LIAISON_ID}) and entity names to snake_case tables, so the entities
 * need no {@code @Column} per field and the schema reads like ordinary SQL on any database.
 * Names given explicitly with {@code @Column}/{@code @Table}/{@code @JoinColumn} are left alone.
 */
public class SnakeCaseNaming implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            if (!descriptor.getTables().isEmpty() && descriptor.getTableName().equals(descriptor.getJavaClass().getSimpleName().toUpperCase())) {
                descriptor.setTableName(snake(descriptor.getJavaClass().getSimpleName()));
            }
            for (DatabaseMapping mapping : descriptor.getMappings()) {
                if (mapping instanceof DirectToFieldMapping direct) {
                    DatabaseField field = direct.getField();
                    if (field.getName().equalsIgnoreCase(mapping.getAttributeName())) {
                        field.setName(snake(mapping.getAttributeName()));
                    }
                } else if (mapping instanceof OneToOneMapping one) {
                    for (DatabaseField fk : one.getForeignKeyFields()) {
                        String defaultName = (mapping.getAttributeName() + "_ID").toUpperCase();
                        if (fk.getName().equalsIgnoreCase(defaultName)) {
                            fk.setName(snake(mapping.getAttributeName()) + "_ID");
                        }
                    }
                }
            }
        }
    }

    static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase();
    }
}
