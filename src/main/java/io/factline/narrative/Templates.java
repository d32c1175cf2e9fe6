package io.factline.narrative;

import com.github.mustachejava.Binding;
import com.github.mustachejava.Code;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.TemplateContext;
import com.github.mustachejava.reflect.ReflectionObjectHandler;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Strict Mustache templates from the classpath: a missing or null variable is an error naming the
 * template, line and variable, never an empty string (a prompt with a hole in it would still "work").
 * Output is not HTML-escaped: these are prompts and prose, not pages.
 */
public final class Templates {

    private final DefaultMustacheFactory factory;
    private final Map<String, Mustache> compiled = new ConcurrentHashMap<>();

    /** @param root classpath folder, e.g. "prompts" */
    public Templates(String root) {
        factory = new DefaultMustacheFactory(root) {
            @Override
            public void encode(String value, Writer writer) {
                try {
                    writer.write(value);
                } catch (java.io.IOException e) {
                    throw new MustacheException(e);
                }
            }
        };
        factory.setObjectHandler(new StrictHandler());
    }

    /** @throws MissingVariable when the scope lacks a variable the template uses, or holds null for it */
    public String render(String name, Object scope) {
        Mustache m = compiled.computeIfAbsent(name, n -> factory.compile(n + ".mustache"));
        StringWriter out = new StringWriter();
        try {
            m.execute(out, scope).flush();
        } catch (MustacheException e) {
            Throwable c = e;
            while (c != null && !(c instanceof MissingVariable)) c = c.getCause();
            if (c != null) throw (MissingVariable) c;
            throw e;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    /** A template used a variable its scope does not have. */
    public static final class MissingVariable extends RuntimeException {
        MissingVariable(String name, TemplateContext tc) {
            super(tc.file() + ":" + tc.line() + ": missing or null variable '" + name + "'", null, false, false);
        }
    }

    private static final class StrictHandler extends ReflectionObjectHandler {
        @Override
        public Binding createBinding(String name, TemplateContext tc, Code code) {
            Binding inner = super.createBinding(name, tc, code);
            return scopes -> {
                Object v = inner.get(scopes);
                if (v == null) throw new MissingVariable(name, tc);
                return v;
            };
        }
    }
}
