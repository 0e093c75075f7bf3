// Minimal launcher for a local Neo4j Community DBMS built from the official org.neo4j jars:
// Bolt on 127.0.0.1 only, authentication on, data under KG_NEO4J_HOME. The password comes
// from the environment (never from argv, never printed). Started and stopped by scripts/neo4j.ts.
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

public final class Launcher {
    private Launcher() {}

    private static String required(String name) {
        String value = System.getenv(name);
        if (value == null || value.isEmpty()) {
            System.err.println("KG_NEO4J_FAILED missing environment variable " + name);
            System.exit(2);
        }
        return value;
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(required("KG_NEO4J_HOME")).toAbsolutePath();
        int boltPort = Integer.parseInt(required("KG_NEO4J_BOLT_PORT"));
        String password = required("KG_NEO4J_PASSWORD");
        long pageCacheMb = Long.parseLong(System.getenv().getOrDefault("KG_NEO4J_PAGECACHE_MB", "512"));

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", boltPort))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress("127.0.0.1"))
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(10))
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("KG_NEO4J_STOPPING");
            dbms.shutdown();
            stopped.countDown();
        }, "kg-neo4j-shutdown"));

        // The .env file is the source of truth for the password: set it on every start.
        try {
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("password", password));
        } catch (RuntimeException error) {
            // Setting the password it already has is refused; anything else is fatal.
            if (!String.valueOf(error.getMessage()).contains("Old password and new password cannot be the same")) {
                System.err.println("KG_NEO4J_FAILED could not set the password: " + error.getMessage());
                System.exit(3);
            }
        }
        System.out.println("KG_NEO4J_READY bolt://127.0.0.1:" + boltPort);
        System.out.flush();
        stopped.await();
    }
}
