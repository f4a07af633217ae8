package org.partnermatch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU seconds spent so far (user and system, from {@code /proc}) by a JVM's threads, grouped as the start-up report
 * groups them, and by PostgreSQL's processes. Linux only; an empty reading elsewhere.
 */
final class ProcessCpu {

    /** Clock ticks a second, as {@code /proc} counts them ({@code getconf CLK_TCK}; 100 on Linux). */
    private static final double TICKS = 100.0;

    private ProcessCpu() {
    }

    /** The JVM {@code pid}'s threads' CPU seconds by group: JIT compilers, main, each index's load, collector, rest. */
    static Map<String, Double> jvm(long pid) {
        Map<String, Double> groups = new LinkedHashMap<>();
        for (String group : new String[] {"JIT compilers", "main thread", "matching index load", "search index load",
                "collector (VM thread)", "other threads"}) {
            groups.put(group, 0.0);
        }
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            tasks.forEach(task -> {
                String[] stat = stat(task.resolve("stat"));
                if (stat == null) {
                    return;
                }
                groups.merge(group(stat[0]), seconds(stat), Double::sum);
            });
        } catch (IOException e) {
            return Map.of();
        }
        return groups;
    }

    /** CPU seconds of every live process named postgres, by pid. */
    static Map<Long, Double> postgres() {
        Map<Long, Double> processes = new HashMap<>();
        try (Stream<Path> all = Files.list(Path.of("/proc"))) {
            all.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).forEach(p -> {
                String[] stat = stat(p.resolve("stat"));
                if (stat != null && stat[0].equals("postgres")) {
                    processes.put(Long.parseLong(p.getFileName().toString()), seconds(stat));
                }
            });
        } catch (IOException e) {
            return Map.of();
        }
        return processes;
    }

    /** What PostgreSQL's processes spent between two readings (processes new since count whole). */
    static double postgresSince(Map<Long, Double> before, Map<Long, Double> now) {
        double sum = 0;
        for (Map.Entry<Long, Double> process : now.entrySet()) {
            sum += process.getValue() - before.getOrDefault(process.getKey(), 0.0);
        }
        return sum;
    }

    private static String group(String thread) {
        if (thread.startsWith("C1 Compiler") || thread.startsWith("C2 Compiler")) {
            return "JIT compilers";
        }
        return switch (thread) {
            case "matching-change" -> "matching index load"; // names are cut to 15 characters
            case "search-change-f" -> "search index load";
            case "VM Thread" -> "collector (VM thread)";
            case "java" -> "main thread"; // the launcher starts main() on a thread named as the program
            default -> "other threads";
        };
    }

    /** The thread's name and then the fields after it, or null when it has ended. */
    private static String[] stat(Path file) {
        try {
            String line = Files.readString(file);
            int open = line.indexOf('(');
            int close = line.lastIndexOf(')');
            String[] rest = line.substring(close + 2).split(" ");
            String[] fields = new String[rest.length + 1];
            fields[0] = line.substring(open + 1, close);
            System.arraycopy(rest, 0, fields, 1, rest.length);
            return fields;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** utime + stime: fields 14 and 15 of stat, 12 and 13 after the name here (state is the first). */
    private static double seconds(String[] stat) {
        return (Long.parseLong(stat[12]) + Long.parseLong(stat[13])) / TICKS;
    }
}
