package dev.pamphlet.cli;

import dev.pamphlet.build.BuildOptions;
import dev.pamphlet.diag.ContentException;
import dev.pamphlet.diag.DiagnosticPrinter;
import dev.pamphlet.output.OutputGuard;
import dev.pamphlet.output.OutputLock;
import dev.pamphlet.serve.HostCheck;
import dev.pamphlet.serve.Preview;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code pamphlet serve}: a live preview that rebuilds and reloads on every change. */
final class ServeCommand implements Callable<Integer> {
    private final CommandSpec spec = Specs.command(
            this,
            "serve",
            "Builds the site, serves it for previewing, and"
                    + " rebuilds it and reloads the browser whenever the content, the templates or site.yml change. Stop it"
                    + " with Ctrl-C.");

    ServeCommand() {
        SourceOptions.addTo(spec);
        Specs.option(
                spec,
                "--output",
                "DIR",
                Path.class,
                "target/preview",
                "Where the previewed site is built (default: ${DEFAULT-VALUE}).");
        Specs.option(
                spec,
                "--port",
                "PORT",
                int.class,
                "8080",
                "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).");
        Specs.option(
                spec,
                "--bind",
                "ADDRESS",
                String.class,
                "127.0.0.1",
                "Address to listen on (default: ${DEFAULT-VALUE}, this computer only). Give 0.0.0.0 to let other"
                        + " devices on your network see the preview.");
        Specs.repeatable(
                spec,
                "--allowed-host",
                "NAME",
                "A name you open the preview by, besides localhost and IP addresses (which always work); may be"
                        + " given more than once. Requests addressed to any other name are refused, so that a web"
                        + " page elsewhere cannot read the preview.");
        Specs.flag(spec, "--open", "Open the site in the default browser.");
        Specs.flag(
                spec,
                "--wait",
                "If another Pamphlet process is writing the output folder, wait for it to finish"
                        + " instead of stopping with an error.");
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() throws InterruptedException {
        SourceOptions sources = SourceOptions.of(spec);
        Path output = Specs.value(spec, "--output");
        int port = Specs.value(spec, "--port");
        String bind = Specs.value(spec, "--bind");
        boolean open = Specs.value(spec, "--open");
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            err.println("pamphlet serve: --port must be between 0 and 65535, not " + port);
            return 2;
        }
        InetSocketAddress address;
        try {
            address = new InetSocketAddress(InetAddress.getByName(bind), port);
        } catch (UnknownHostException e) {
            err.println("pamphlet serve: --bind " + bind + " is not an address of this computer");
            return 2;
        }
        List<String> allowedHosts = List.of(Specs.<String[]>value(spec, "--allowed-host"));
        for (String name : allowedHosts) {
            String problem = HostCheck.problem(name);
            if (problem != null) {
                err.println("pamphlet serve: --allowed-host " + name + " " + problem);
                err.flush();
                return 2;
            }
        }
        String notHere = BindAddress.problem(address.getAddress());
        if (notHere != null) {
            err.println("pamphlet serve: --bind " + bind + " " + notHere);
            err.println("    hint: " + BindAddress.hint());
            err.flush();
            return 2;
        }
        try {
            OutputGuard.check(output, output.toString(), sources.content(), sources.templates());
        } catch (ContentException e) {
            DiagnosticPrinter.printText(List.of(e.diagnostic()), err);
            return 1;
        }
        BuildOptions options = new BuildOptions(
                sources.content(), sources.templates(), output, null, sources.drafts(), LocalDate.now(), true);
        // One writer per output folder: the preview holds the lock until it stops; its rebuilds take it again.
        List<String> notes = new ArrayList<>();
        OutputLock lock;
        try {
            lock = OutputLock.acquire(output, output.toString(), Specs.value(spec, "--wait"), notes);
        } catch (ContentException e) {
            DiagnosticPrinter.printText(List.of(e.diagnostic()), err);
            return 1;
        }
        notes.forEach(n -> err.println("note: " + n));
        try (lock) {
            return serve(options, address, bind, allowedHosts, sources, output, open);
        }
    }

    private int serve(
            BuildOptions options,
            InetSocketAddress address,
            String bind,
            List<String> allowedHosts,
            SourceOptions sources,
            Path output,
            boolean open)
            throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Preview preview;
        try {
            preview = Preview.start(options, address, allowedHosts, sources.verbose(), out, err);
        } catch (IOException e) {
            DiagnosticPrinter.printText(List.of(BindAddress.failure(address, bind, e)), err);
            err.flush();
            return 1;
        }
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            preview.close();
                            out.println("Stopped.");
                            out.flush();
                        },
                        "pamphlet-serve-stop"));
        String watched = java.nio.file.Files.isDirectory(sources.templates())
                ? sources.content() + " and " + sources.templates()
                : sources.content().toString();
        out.println("Serving " + preview.address() + " from " + output + " (watching " + watched + "; Ctrl-C to stop)");
        if (!address.getAddress().isLoopbackAddress()) {
            out.println("Note: --bind " + bind + " lets other computers on the network see the preview.");
        }
        out.flush();
        if (open) {
            openBrowser(preview.address(), err);
        }
        preview.awaitClose();
        return 0;
    }

    /** Asks the desktop to open the address; a headless machine just prints it, which was done already. */
    private static void openBrowser(URI address, PrintWriter err) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String url = address.toString();
        List<String> command = os.contains("win")
                ? List.of("rundll32", "url.dll,FileProtocolHandler", url)
                : os.contains("mac") ? List.of("open", url) : List.of("xdg-open", url);
        try {
            new ProcessBuilder(command).inheritIO().start();
        } catch (IOException e) {
            err.println(
                    "pamphlet serve: could not open a browser (" + e.getMessage() + "); open " + address + " yourself");
            err.flush();
        }
    }
}
