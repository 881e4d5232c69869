// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A stand-in for any of the workbench's dialog interfaces ({@code DialogService}, {@code ProjectDialogs},
 * {@code ColumnsDialogs}, {@code ExportDialogs}): {@link #fake()} answers each question as the test scripted it and
 * records every call, so a view model runs without windows.
 *
 * <p>A call of method m takes the next answer {@link #queue queued} for m, else m's {@link #answer standing answer},
 * else the default: an empty Optional, false, or nothing for a void method; any other return type must be scripted.
 * An answer for a method returning Optional is the value itself (null for a cancelled dialog): it is wrapped.
 * {@code showError} is a message rather than a question: it is kept apart, in {@link #errors()}.
 */
public final class ScriptedDialogs<T> {
    private static final String SHOW_ERROR = "showError";

    private final Class<T> type;
    private final T fake;
    private final Map<String, LinkedList<Object>> queued = new HashMap<>();
    private final Map<String, Function<List<Object>, Object>> standing = new HashMap<>();
    private final List<Call> calls = new ArrayList<>();

    private record Call(String method, List<Object> arguments) {
    }

    private ScriptedDialogs(Class<T> type) {
        this.type = type;
        this.fake = type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type},
                (proxy, method, args) -> switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "toString" -> "scripted " + type.getSimpleName();
                    default -> called(method, args == null ? List.of() : Arrays.asList(args));
                }));
    }

    /** A script for the dialog interface {@code type}, with nothing scripted yet. */
    public static <T> ScriptedDialogs<T> of(Class<T> type) {
        return new ScriptedDialogs<>(type);
    }

    /** The implementation of the interface that follows this script; hand it to the view model under test. */
    public T fake() {
        return fake;
    }

    /** Answers the next calls of {@code method}, one answer per call, in this order, before its standing answer. */
    public synchronized ScriptedDialogs<T> queue(String method, Object... answers) {
        check(method);
        queued.computeIfAbsent(method, m -> new LinkedList<>()).addAll(Arrays.asList(answers));
        return this;
    }

    /** Answers every call of {@code method} that no queued answer is left for with {@code answer}. */
    public ScriptedDialogs<T> answer(String method, Object answer) {
        return answerWith(method, arguments -> answer);
    }

    /** Answers every call of {@code method} that no queued answer is left for with {@code answer} of its arguments. */
    public synchronized ScriptedDialogs<T> answerWith(String method, Function<List<Object>, Object> answer) {
        check(method);
        standing.put(method, answer);
        return this;
    }

    /** The methods called, in order, but for {@code showError}. */
    public synchronized List<String> asked() {
        return calls.stream().map(Call::method).filter(m -> !m.equals(SHOW_ERROR)).toList();
    }

    /** The arguments of each call of {@code method}, in order. */
    public synchronized List<List<Object>> calls(String method) {
        check(method);
        return calls.stream().filter(c -> c.method().equals(method)).map(Call::arguments).toList();
    }

    /** Argument number {@code index} of each call of {@code method}, in order. */
    public List<Object> argument(String method, int index) {
        return calls(method).stream().map(a -> a.get(index)).toList();
    }

    /** The file names of the paths given as argument number {@code index} to each call of {@code method}. */
    public List<String> fileNames(String method, int index) {
        return argument(method, index).stream().map(p -> ((java.nio.file.Path) p).getFileName().toString()).toList();
    }

    /** Each call of {@code method}, whose first two arguments are a header and a message, as "header: message". */
    public List<String> messages(String method) {
        return calls(method).stream().map(a -> a.get(0) + ": " + a.get(1)).toList();
    }

    /** The errors shown, in order, each as "header: message". */
    public List<String> errors() {
        return messages(SHOW_ERROR);
    }

    private synchronized Object called(Method method, List<Object> arguments) {
        String name = method.getName();
        calls.add(new Call(name, Collections.unmodifiableList(new ArrayList<>(arguments))));
        LinkedList<Object> queue = queued.get(name);
        Class<?> returns = method.getReturnType();
        boolean answered = queue != null && !queue.isEmpty() || standing.containsKey(name);
        if (!answered) {
            if (returns == Optional.class) {
                return Optional.empty();
            } else if (returns == boolean.class) {
                return false;
            } else if (returns == void.class) {
                return null;
            }
            throw new AssertionError("no answer scripted for " + type.getSimpleName() + "." + name);
        }
        Object answer = queue != null && !queue.isEmpty() ? queue.poll() : standing.get(name).apply(arguments);
        return returns == Optional.class && !(answer instanceof Optional) ? Optional.ofNullable(answer) : answer;
    }

    private void check(String method) {
        if (Arrays.stream(type.getMethods()).noneMatch(m -> m.getName().equals(method))) {
            throw new IllegalArgumentException(type.getSimpleName() + " has no method " + method);
        }
    }
}
