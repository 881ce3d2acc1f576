package wutong;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import inet.ipaddr.IPAddressString;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * Runs an embedded Neo4j Community DBMS with the Bolt connector bound to one address, until the
 * process is told to stop (SIGTERM or SIGINT), then shuts the DBMS down cleanly.
 *
 * Arguments: --data DIR --port N [--host 127.0.0.1] [--password P] [--heap-note]
 * Prints "wutong-neo4j: ready bolt://HOST:PORT" once Bolt accepts connections; the Node side
 * waits for that line and then checks Bolt itself.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = Args.parse(args);
        Path data = Path.of(opts.getOrDefault("data", ".wutong/neo4j")).toAbsolutePath();
        String host = opts.getOrDefault("host", "127.0.0.1");
        int port = Integer.parseInt(opts.getOrDefault("port", "7687"));
        String password = opts.getOrDefault("password", "wutong-local");
        Files.createDirectories(data);
        // LOAD CSV may name no file: file URLs are off, and their root is a folder that stays empty.
        Path noImports = data.resolve("no-imports");
        Files.createDirectories(noImports);

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(data)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(host, port))
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.auth_minimum_password_length, 1)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(256))
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(10))
                .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                .setConfig(GraphDatabaseSettings.load_csv_file_url_root, noImports)
                // Cypher fetches nothing from the network (LOAD CSV over http, and any plugin that
                // honours the same list): every IPv4 and IPv6 address is blocked.
                .setConfig(GraphDatabaseInternalSettings.cypher_ip_blocklist,
                        List.of(new IPAddressString("0.0.0.0/0"), new IPAddressString("::/0")))
                .build();

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("wutong-neo4j: stopping");
            dbms.shutdown();
            System.out.println("wutong-neo4j: stopped");
        }, "wutong-neo4j-shutdown"));

        try {
            setPassword(dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME), password);
        } catch (RuntimeException e) {
            // A restart with the same password is refused by Neo4j as "the same"; that is fine.
            if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
                System.out.println("wutong-neo4j: could not set the password: " + e.getMessage());
                System.exit(1);
            }
        }
        System.out.println("wutong-neo4j: ready bolt://" + host + ":" + port);
        System.out.flush();
        Thread.currentThread().join();
    }

    /**
     * The default user starts as neo4j/neo4j with a forced change; the bundled instance is local,
     * so it takes the password it was given (again on every start, in case it changed).
     */
    private static void setPassword(GraphDatabaseService system, String password) {
        system.executeTransactionally(
                "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                Map.of("password", password));
    }
}
