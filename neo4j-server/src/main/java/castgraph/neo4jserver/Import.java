package castgraph.neo4jserver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.neo4j.cli.AdminTool;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import org.neo4j.io.ByteUnit;

/**
 * Imports CSV files into the default database of a launcher's data directory
 * with Neo4j's own bulk importer, {@code neo4j-admin database import full}, in
 * this process: the files castgraph export --format neo4j-import writes.
 *
 * <p>Usage: {@code java -cp neo4j-server.jar:lib/* castgraph.neo4jserver.Import
 * DATA_DIR [--force] IMPORTER_OPTIONS...}. DATA_DIR is the directory {@link
 * Main} takes; the options are the importer's (an {@code @file} of them
 * works), the database name excepted. No server may run on DATA_DIR. An
 * existing database is replaced only when it holds no node (a server started
 * on an empty directory makes an empty one, and an emptied castgraph graph
 * keeps only its markers) or with {@code --force}; to tell, the database is
 * opened, without connectors, and its nodes counted. Exits 0
 * when the import is done, 3 when it refused, and the importer's code else.
 */
public final class Import {
    private Import() {}

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: Import DATA_DIR [--force] IMPORTER_OPTIONS...");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        boolean force = false;
        List<String> options = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--force")) {
                force = true;
            } else {
                options.add(args[i]);
            }
        }
        String database = GraphDatabaseSettings.DEFAULT_DATABASE_NAME;
        boolean exists = Files.exists(home.resolve("data").resolve("databases").resolve(database).resolve("neostore"));
        if (exists && !force) {
            long nodes;
            try {
                nodes = countNodes(home, database);
            } catch (RuntimeException e) {
                refuse("the database " + database + " in " + home + " exists but could not be opened to see whether it is empty ("
                        + e.getMessage() + "); pass --force to replace it");
                return;
            }
            if (nodes > 0) {
                refuse("the database " + database + " in " + home + " holds " + nodes
                        + " nodes: import only into an empty database, or pass --force to replace it");
                return;
            }
            log("the database " + database + " in " + home + " is empty: it is replaced");
        }
        List<String> argv = new ArrayList<>(List.of("database", "import", "full"));
        if (exists) {
            argv.add("--overwrite-destination=true");
        }
        argv.addAll(options);
        argv.add(database);
        int code = AdminTool.execute(new ExecutionContext(home, home.resolve("conf")), argv.toArray(new String[0]));
        System.exit(code);
    }

    /**
     * Opens the database without connectors and counts its nodes, but the
     * castgraph store's markers (CastgraphLock), which an emptied graph keeps.
     */
    private static long countNodes(Path home, String database) {
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, false)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(64))
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .build();
        try {
            GraphDatabaseService db = dbms.database(database);
            if (!db.isAvailable(TimeUnit.MINUTES.toMillis(3))) {
                throw new IllegalStateException("it did not become available");
            }
            try (Transaction tx = db.beginTx(); Result r = tx.execute("MATCH (n) WHERE NOT n:CastgraphLock RETURN count(n) AS n")) {
                return ((Number) r.next().get("n")).longValue();
            }
        } finally {
            dbms.shutdown();
        }
    }

    private static void refuse(String msg) {
        System.err.println("castgraph-neo4j import: " + msg);
        System.exit(3);
    }

    private static void log(String msg) {
        System.out.println("castgraph-neo4j import: " + msg);
        System.out.flush();
    }
}
