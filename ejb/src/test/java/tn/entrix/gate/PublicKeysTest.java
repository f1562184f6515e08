package tn.entrix.gate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The key lookup behind every scan's signature check, against a stand-in for the event_key table whose reads are
 * slow (so scans arrive while a reload runs) and counted.
 */
class PublicKeysTest {

    private final Map<Integer, byte[]> table = new ConcurrentHashMap<>(Map.of(7, key(7)));
    private final AtomicInteger reads = new AtomicInteger();
    private final PublicKeys keys = new PublicKeys();

    PublicKeysTest() {
        keys.dataSource = slowTable();
    }

    @Test
    void scansAskingForANewKeyWhileItIsBeingReadAllGetIt() throws Exception {
        keys.verifier(); // loads key 7
        table.put(8, key(8)); // made by another server or a data load: this one has not heard of it
        keys.lastLoad = System.nanoTime() - 2 * PublicKeys.RELOAD_EVERY;
        int scans = 8;
        ExecutorService pool = Executors.newFixedThreadPool(scans);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<byte[]>> found = new ArrayList<>();
        for (int i = 0; i < scans; i++) {
            found.add(pool.submit(() -> {
                start.await();
                return keys.find(8);
            }));
        }
        start.countDown();
        for (Future<byte[]> f : found) {
            assertArrayEquals(key(8), f.get(), "a scan that came during the reload was told 'unknown key'");
        }
        pool.shutdown();
        assertEquals(2, reads.get(), "one load at start, one reload for all eight scans");
    }

    @Test
    void aFloodOfUnknownKeyIdsReadsTheTableAtMostOncePerPeriod() {
        keys.verifier();
        for (int i = 100; i < 200; i++) {
            assertNull(keys.find(i));
        }
        assertEquals(1, reads.get(), "the load at start only: the period since it has not passed");
        keys.lastLoad = System.nanoTime() - 2 * PublicKeys.RELOAD_EVERY;
        for (int i = 100; i < 200; i++) {
            assertNull(keys.find(i));
        }
        assertEquals(2, reads.get());
    }

    private static byte[] key(int id) {
        byte[] key = new byte[32];
        java.util.Arrays.fill(key, (byte) id);
        return key;
    }

    /** select key_id, public_key from event_key, taking 200 ms. */
    private DataSource slowTable() {
        return proxy(DataSource.class, (m, a) -> m.equals("getConnection") ? proxy(Connection.class, (cm, ca) -> {
            if (cm.equals("prepareStatement")) {
                return proxy(PreparedStatement.class, (sm, sa) -> {
                    if (!sm.equals("executeQuery")) {
                        return null;
                    }
                    reads.incrementAndGet();
                    Thread.sleep(200);
                    List<Map.Entry<Integer, byte[]>> rows = new ArrayList<>(table.entrySet());
                    int[] at = {-1};
                    return proxy(ResultSet.class, (rm, ra) -> switch (rm) {
                        case "next" -> ++at[0] < rows.size();
                        case "getInt" -> rows.get(at[0]).getKey();
                        case "getBytes" -> rows.get(at[0]).getValue();
                        default -> null;
                    });
                });
            }
            return null;
        }) : null);
    }

    private interface Call {
        Object on(String method, Object[] args) throws Exception;
    }

    private static <T> T proxy(Class<T> type, Call call) {
        return type.cast(Proxy.newProxyInstance(PublicKeysTest.class.getClassLoader(), new Class<?>[]{type},
                (p, m, a) -> call.on(m.getName(), a)));
    }
}
