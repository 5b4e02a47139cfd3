package dev.pamphlet.memory;

import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes and reads the values of a page's front matter (records of Pamphlet's own, strings, numbers, booleans,
 * dates, lists and maps, as YAML gives them) with a tag before each, so that every component of a record is kept
 * whatever its type. A new front-matter key therefore reaches a page restored from the last build without any
 * change here; a value of a type this cannot write fails the save, and the next build builds everything.
 */
final class ValueCodec {
    private static final byte NULL = 0;
    private static final byte STRING = 1;
    private static final byte INT = 2;
    private static final byte LONG = 3;
    private static final byte DOUBLE = 4;
    private static final byte TRUE = 5;
    private static final byte FALSE = 6;
    private static final byte DATE = 7;
    private static final byte LIST = 8;
    private static final byte MAP = 9;
    private static final byte RECORD = 10;
    private static final byte ENUM = 11;
    private static final byte SET = 12;
    /** Only Pamphlet's own records and enums are made from a cache file's class names. */
    private static final String OWN_PACKAGE = "dev.pamphlet.";

    /** Each record class's components and canonical constructor, found once. */
    private static final Map<Class<?>, Shape> SHAPES = new ConcurrentHashMap<>();

    private record Shape(RecordComponent[] components, Constructor<?> constructor) {
        static Shape of(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
            }
            try {
                Constructor<?> constructor = type.getDeclaredConstructor(types);
                constructor.setAccessible(true);
                for (RecordComponent c : components) {
                    c.getAccessor().setAccessible(true);
                }
                return new Shape(components, constructor);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("record without its canonical constructor: " + type, e);
            }
        }
    }

    private ValueCodec() {}

    static void write(DataOutputStream out, Object value) throws IOException {
        if (value == null) {
            out.writeByte(NULL);
        } else if (value instanceof String s) {
            out.writeByte(STRING);
            writeString(out, s);
        } else if (value instanceof Integer i) {
            out.writeByte(INT);
            out.writeInt(i);
        } else if (value instanceof Long l) {
            out.writeByte(LONG);
            out.writeLong(l);
        } else if (value instanceof Double d) {
            out.writeByte(DOUBLE);
            out.writeDouble(d);
        } else if (value instanceof Boolean b) {
            out.writeByte(b ? TRUE : FALSE);
        } else if (value instanceof LocalDate date) {
            out.writeByte(DATE);
            out.writeLong(date.toEpochDay());
        } else if (value instanceof List<?> list) {
            out.writeByte(LIST);
            out.writeInt(list.size());
            for (Object item : list) {
                write(out, item);
            }
        } else if (value instanceof java.util.Set<?> set) {
            out.writeByte(SET);
            out.writeInt(set.size());
            for (Object item : set) {
                write(out, item);
            }
        } else if (value instanceof Map<?, ?> map) {
            out.writeByte(MAP);
            out.writeInt(map.size());
            for (Map.Entry<?, ?> e : map.entrySet()) {
                write(out, e.getKey());
                write(out, e.getValue());
            }
        } else if (value instanceof Record record && own(record.getClass())) {
            out.writeByte(RECORD);
            writeString(out, record.getClass().getName());
            Shape shape = SHAPES.computeIfAbsent(record.getClass(), Shape::of);
            for (RecordComponent c : shape.components()) {
                write(out, invoke(c, record));
            }
        } else if (value instanceof Enum<?> e && own(e.getDeclaringClass())) {
            out.writeByte(ENUM);
            writeString(out, e.getDeclaringClass().getName());
            writeString(out, e.name());
        } else {
            throw new IOException(
                    "cannot keep a value of type " + value.getClass().getName());
        }
    }

    static Object read(ByteBuffer in) {
        byte tag = in.get();
        switch (tag) {
            case NULL:
                return null;
            case STRING:
                return readString(in);
            case INT:
                return in.getInt();
            case LONG:
                return in.getLong();
            case DOUBLE:
                return in.getDouble();
            case TRUE:
                return Boolean.TRUE;
            case FALSE:
                return Boolean.FALSE;
            case DATE:
                return LocalDate.ofEpochDay(in.getLong());
            case LIST: {
                int size = size(in);
                List<Object> list = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    list.add(read(in));
                }
                return Collections.unmodifiableList(list);
            }
            case SET: {
                int size = size(in);
                java.util.Set<Object> set = new java.util.LinkedHashSet<>();
                for (int i = 0; i < size; i++) {
                    set.add(read(in));
                }
                return Collections.unmodifiableSet(set);
            }
            case MAP: {
                int size = size(in);
                Map<Object, Object> map = new LinkedHashMap<>();
                for (int i = 0; i < size; i++) {
                    map.put(read(in), read(in));
                }
                return Collections.unmodifiableMap(map);
            }
            case RECORD:
                return readRecord(in);
            case ENUM:
                return readEnum(in);
            default:
                throw new IllegalStateException("unknown value tag " + tag);
        }
    }

    private static Object readRecord(ByteBuffer in) {
        Class<?> type = ownClass(readString(in));
        Shape shape = SHAPES.computeIfAbsent(type, Shape::of);
        Object[] args = new Object[shape.components().length];
        for (int i = 0; i < args.length; i++) {
            args[i] = read(in);
        }
        try {
            return shape.constructor().newInstance(args);
        } catch (InstantiationException
                | IllegalAccessException
                | InvocationTargetException
                | IllegalArgumentException e) {
            throw new IllegalStateException("cannot make a " + type.getName() + " from the cache", e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object readEnum(ByteBuffer in) {
        Class type = ownClass(readString(in));
        return Enum.valueOf(type, readString(in));
    }

    private static Class<?> ownClass(String name) {
        if (!name.startsWith(OWN_PACKAGE)) {
            throw new IllegalStateException("not a class of Pamphlet's: " + name);
        }
        try {
            return Class.forName(name, false, ValueCodec.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("a class this version no longer has: " + name, e);
        }
    }

    private static boolean own(Class<?> type) {
        return type.getName().startsWith(OWN_PACKAGE);
    }

    private static Object invoke(RecordComponent c, Record record) throws IOException {
        try {
            return c.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IOException(
                    "cannot read " + c.getName() + " of " + record.getClass().getName(), e);
        }
    }

    private static int size(ByteBuffer in) {
        int size = in.getInt();
        if (size < 0 || size > in.remaining()) {
            throw new IllegalStateException("bad size " + size);
        }
        return size;
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String readString(ByteBuffer in) {
        int length = in.getInt();
        if (length < 0 || length > in.remaining()) {
            throw new BufferUnderflowException();
        }
        String s = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return s;
    }
}
