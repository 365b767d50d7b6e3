package org.modelcensus.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * `modelcensus serve` in a process of its own (a store held by another process, as a user has it), read until it
 * says where it serves; closing stops it.
 */
final class ServerProcess implements AutoCloseable {
    private final Process process;
    private final List<String> lines;

    private ServerProcess(Process process, List<String> lines) {
        this.process = process;
        this.lines = lines;
    }

    /** Starts serving the store with the given flags; fails, rather than hangs, if it says nothing for a minute. */
    static ServerProcess start(Path store, String... flags) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "serve",
                "--port",
                "0",
                "--store",
                store.toString()));
        command.addAll(List.of(flags));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            BufferedReader output =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            List<String> lines = CompletableFuture.supplyAsync(() -> {
                        List<String> read = new ArrayList<>();
                        try {
                            for (String line = output.readLine(); line != null; line = output.readLine()) {
                                read.add(line);
                                if (line.contains("serving http://")) {
                                    break;
                                }
                            }
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        return read;
                    })
                    .get(60, TimeUnit.SECONDS);
            return new ServerProcess(process, lines);
        } catch (Exception e) {
            process.destroy();
            throw e;
        }
    }

    /** What it printed up to the line saying where it serves. */
    List<String> lines() {
        return lines;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor(10, TimeUnit.SECONDS);
    }
}
