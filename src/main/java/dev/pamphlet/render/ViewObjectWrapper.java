package dev.pamphlet.render;

import freemarker.ext.util.WrapperTemplateModel;
import freemarker.template.AdapterTemplateModel;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperConfiguration;
import freemarker.template.SimpleCollection;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Freemarker's object wrapper, with the view records ({@link Views}) handed to templates as hashes of their
 * components. Freemarker reads a record through reflection, which checks access and walks the stack on every
 * call; a page reads dozens of values, so each record class's accessors are looked up once, as method handles.
 * Everything else is wrapped as Freemarker always does.
 */
final class ViewObjectWrapper extends DefaultObjectWrapper {
    private final ClassValue<Map<String, MethodHandle>> accessors = new ClassValue<>() {
        @Override
        protected Map<String, MethodHandle> computeValue(Class<?> type) {
            Map<String, MethodHandle> byName = new LinkedHashMap<>();
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            for (RecordComponent c : type.getRecordComponents()) {
                try {
                    byName.put(
                            c.getName(),
                            lookup.unreflect(c.getAccessor())
                                    .asType(MethodType.methodType(Object.class, Object.class)));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("view record " + type.getName() + " must be public", e);
                }
            }
            return Collections.unmodifiableMap(byName);
        }
    };

    ViewObjectWrapper(DefaultObjectWrapperConfiguration configuration) {
        super(configuration, true);
    }

    @Override
    protected TemplateModel handleUnknownType(Object obj) throws TemplateModelException {
        if (obj instanceof Record record) {
            return new RecordModel(record, accessors.get(record.getClass()), this);
        }
        return super.handleUnknownType(obj);
    }

    /** A record as a template sees it: {@code page.title} reads the component {@code title}. */
    private static final class RecordModel implements TemplateHashModelEx, AdapterTemplateModel, WrapperTemplateModel {
        private final Record record;
        private final Map<String, MethodHandle> accessors;
        private final ViewObjectWrapper wrapper;

        RecordModel(Record record, Map<String, MethodHandle> accessors, ViewObjectWrapper wrapper) {
            this.record = record;
            this.accessors = accessors;
            this.wrapper = wrapper;
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            MethodHandle accessor = accessors.get(key);
            return accessor == null ? null : wrapper.wrap(read(accessor));
        }

        private Object read(MethodHandle accessor) throws TemplateModelException {
            try {
                return (Object) accessor.invokeExact((Object) record);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new TemplateModelException(e);
            }
        }

        @Override
        public boolean isEmpty() {
            return false;
        }

        @Override
        public int size() {
            return accessors.size();
        }

        @Override
        public TemplateCollectionModel keys() {
            return new SimpleCollection(accessors.keySet(), wrapper);
        }

        @Override
        public TemplateCollectionModel values() throws TemplateModelException {
            List<Object> values = new ArrayList<>();
            for (MethodHandle accessor : accessors.values()) {
                values.add(read(accessor));
            }
            return new SimpleCollection(values, wrapper);
        }

        @Override
        public Object getAdaptedObject(Class<?> hint) {
            return record;
        }

        @Override
        public Object getWrappedObject() {
            return record;
        }
    }
}
