package cn.wulian.liancai.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.NormalScope;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Several instances replicate sessions (web.xml {@code <distributable/>}): every view- and
 * session-scoped bean is written into the session and sent to the other instances, so whatever it
 * holds must be Serializable — or a field Payara cannot send is silently left behind, and the user
 * whose instance stopped finds their page broken on the next one. Checked here over the declared
 * types of every such bean's fields (element types of lists and maps included), since a field that
 * stays empty in a test would pass any run-time check.
 */
class SessionStateTest {

    @Test
    void everythingASessionHoldsIsSerializable() throws ClassNotFoundException {
        List<String> problems = new ArrayList<>();
        int beans = 0;
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.wulian.liancai")) {
            Class<?> type = Class.forName(c.getName(), false, getClass().getClassLoader());
            if (type.isAnnotationPresent(ViewScoped.class) || type.isAnnotationPresent(SessionScoped.class)) {
                beans++;
                check(type, type.getSimpleName(), problems, new HashSet<>());
            }
        }
        // what the log-in keeps in the session itself (LiancaiAuthentication's attributes)
        for (String attribute : List.of("cn.wulian.liancai.shared.security.LiancaiAuthentication$SessionLogin",
                "cn.wulian.liancai.shared.security.CallerDirectory$FailedLogins")) {
            check(Class.forName(attribute), attribute, problems, new HashSet<>());
        }
        assertEquals(List.of(), problems);
        assertEquals(true, beans > 30, "found the view- and session-scoped beans: " + beans);
    }

    private static void check(Class<?> type, String path, List<String> problems, Set<Type> seen) {
        if (!Serializable.class.isAssignableFrom(type)) {
            problems.add(path + ": " + type.getName() + " is not Serializable");
            return;
        }
        if (declaresWriteReplace(type)) {
            // it writes another form of itself (SerializedRecord; SerializedRecordTest round-trips them)
            return;
        }
        for (Class<?> c = type; c != null && c.getName().startsWith("cn.wulian"); c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || Modifier.isTransient(f.getModifiers())) {
                    continue;
                }
                String at = path + "." + f.getName();
                if (f.isAnnotationPresent(Inject.class)) {
                    // a normal-scoped bean is injected as a client proxy, which serializes; anything else by value
                    if (!normalScoped(f.getType()) && !Serializable.class.isAssignableFrom(f.getType()) && f.getType() != java.time.Clock.class) {
                        problems.add(at + ": injects " + f.getType().getName() + ", neither normal-scoped nor Serializable");
                    }
                    continue;
                }
                checkType(f.getGenericType(), at, problems, seen);
            }
        }
    }

    private static void checkType(Type t, String at, List<String> problems, Set<Type> seen) {
        if (!seen.add(t)) {
            return;
        }
        if (t instanceof Class<?> c) {
            // Object: whatever the code puts there is checked nowhere statically (a field problem's message arguments,
            // strings and numbers); Clock: the producer's is Clock.system(zone), which is Serializable
            if (c.isPrimitive() || c.isEnum() || c == Object.class || c == java.time.Clock.class) {
                return;
            }
            if (c.isArray()) {
                checkType(c.getComponentType(), at, problems, seen);
                return;
            }
            if (c.getName().startsWith("jakarta.json.")) {
                // JSON-P's values are interfaces whose implementations (Parsson's) do not serialize
                problems.add(at + ": " + c.getName() + " does not serialize");
            } else if (c.getName().startsWith("cn.wulian")) {
                check(c, at, problems, seen);
            } else if (!c.isInterface() && !Serializable.class.isAssignableFrom(c)) {
                problems.add(at + ": " + c.getName() + " is not Serializable");
            }
        } else if (t instanceof ParameterizedType p) {
            checkType(p.getRawType(), at, problems, seen);
            for (Type argument : p.getActualTypeArguments()) {
                checkType(argument, at + "<>", problems, seen);
            }
        } else if (t instanceof GenericArrayType a) {
            checkType(a.getGenericComponentType(), at, problems, seen);
        } else if (t instanceof WildcardType w) {
            for (Type bound : w.getUpperBounds()) {
                checkType(bound, at, problems, seen);
            }
        } else if (t instanceof TypeVariable<?>) {
            // bound where the generic class is used: the argument is checked there
        }
    }

    private static boolean declaresWriteReplace(Class<?> type) {
        try {
            type.getDeclaredMethod("writeReplace");
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private static boolean normalScoped(Class<?> type) {
        for (Annotation a : type.getAnnotations()) {
            if (a.annotationType().isAnnotationPresent(NormalScope.class) || a instanceof ApplicationScoped || a instanceof RequestScoped) {
                return true;
            }
        }
        return false;
    }
}
