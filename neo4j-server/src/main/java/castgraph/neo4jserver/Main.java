package castgraph.neo4jserver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import org.neo4j.io.ByteUnit;

/**
 * Runs a Neo4j database management service in this process with only the Bolt
 * connector open, on 127.0.0.1, without authentication.
 *
 * <p>Usage: {@code java -jar neo4j-server.jar DATA_DIR [PORT]}. The port
 * defaults to the environment variable CASTGRAPH_NEO4J_PORT, then 7687; the
 * page cache size to CASTGRAPH_NEO4J_PAGECACHE (bytes, with an optional k, m
 * or g suffix), then 256m. CASTGRAPH_NEO4J_SETTINGS adds Neo4j settings, as
 * comma-separated name=value pairs (for example
 * "db.tx_state.memory_allocation=OFF_HEAP"). Once the default database answers a query the
 * launcher prints a line starting with "castgraph-neo4j: ready". SIGTERM and
 * SIGINT shut the service down cleanly.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: neo4j-server DATA_DIR [PORT]");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = parsePort(args.length > 1 ? args[1] : System.getenv("CASTGRAPH_NEO4J_PORT"));
        String pageCache = envOr("CASTGRAPH_NEO4J_PAGECACHE", "256m");
        Files.createDirectories(home);

        log("starting Neo4j in " + home + " with Bolt on 127.0.0.1:" + port);
        long start = System.nanoTime();
        // The settings go through a file: the builder takes raw name=value
        // settings only from one.
        Path conf = home.resolve("castgraph-neo4j.conf");
        StringBuilder lines = new StringBuilder();
        settings(System.getenv("CASTGRAPH_NEO4J_SETTINGS")).forEach((k, v) -> lines.append(k).append('=').append(v).append('\n'));
        Files.writeString(conf, lines);
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .loadPropertiesFromFile(conf)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
                // No usage reports: this machine has nowhere to send them.
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // Netty waits a quiet period of 5 s at shutdown by default;
                // a development server has no one to wait for.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(5))
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log("shutting down");
            try {
                dbms.shutdown();
                log("stopped");
            } catch (RuntimeException e) {
                log("shutdown failed: " + e);
            } finally {
                stopped.countDown();
            }
        }, "neo4j-shutdown"));

        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (!db.isAvailable(TimeUnit.MINUTES.toMillis(3))) {
            log("database " + db.databaseName() + " did not become available");
            System.exit(1);
        }
        try (Transaction tx = db.beginTx(); Result r = tx.execute("RETURN 1 AS one")) {
            r.next();
            tx.commit();
        }
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        log("ready on bolt://127.0.0.1:" + port + " (" + ms + " ms)");
        stopped.await();
    }

    private static int parsePort(String s) {
        if (s == null || s.isBlank()) {
            return 7687;
        }
        try {
            int p = Integer.parseInt(s.trim());
            if (p > 0 && p < 65536) {
                return p;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        System.err.println("neo4j-server: port " + s + " is not a number in 1..65535");
        System.exit(2);
        return 0;
    }

    /** The launcher's default settings, and those of "name=value,name=value". */
    private static Map<String, String> settings(String s) {
        Map<String, String> out = new LinkedHashMap<>();
        // Keep only the transaction log that recovery needs: a development
        // server has no backups to feed, and loads write gigabytes of it.
        out.put("db.tx_log.rotation.retention_policy", "false");
        if (s == null || s.isBlank()) {
            return out;
        }
        for (String pair : s.split(",")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                System.err.println("neo4j-server: setting " + pair.trim() + " in CASTGRAPH_NEO4J_SETTINGS is not name=value");
                System.exit(2);
            }
            out.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
        log("settings " + out);
        return out;
    }

    private static String envOr(String name, String def) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? def : v.trim();
    }

    private static void log(String msg) {
        System.out.println("castgraph-neo4j: " + msg);
        System.out.flush();
    }
}
