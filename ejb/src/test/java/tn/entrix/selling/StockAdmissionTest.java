package tn.entrix.selling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import tn.entrix.platform.EntrixException;

class StockAdmissionTest {

    private static StockAdmission admission(int moves, Duration wait) {
        StockAdmission admission = new StockAdmission();
        admission.concurrentMoves = moves;
        admission.admissionWait = wait;
        admission.init();
        return admission;
    }

    @Test
    void twoPerCoreByDefault() {
        assertEquals(4, StockAdmission.moves(2));
        assertEquals(2, StockAdmission.moves(1));
        assertEquals(16, StockAdmission.moves(8));
    }

    @Test
    void noMoreThanTheLimitRunAtOnceAndTheOthersWaitTheirTurn() throws Exception {
        StockAdmission admission = admission(2, Duration.ofSeconds(10));
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CompletableFuture<?>[] buyers = new CompletableFuture<?>[12];
        ExecutorService threads = Executors.newFixedThreadPool(buyers.length);
        try {
            for (int i = 0; i < buyers.length; i++) {
                buyers[i] = CompletableFuture.runAsync(() -> admission.admit(() -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    sleep(20);
                    running.decrementAndGet();
                    return null;
                }), threads);
            }
            CompletableFuture.allOf(buyers).get(10, TimeUnit.SECONDS);
        } finally {
            threads.shutdownNow();
        }
        assertEquals(2, most.get());
    }

    @Test
    void aBuyerWhoWaitsTooLongIsToldToTryAgainAndAFailedMoveGivesItsTurnBack() throws Exception {
        StockAdmission admission = admission(1, Duration.ofMillis(50));
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch leave = new CountDownLatch(1);
        CompletableFuture<?> first = CompletableFuture.runAsync(() -> admission.admit(() -> {
            inside.countDown();
            await(leave);
            return null;
        }), runnable -> new Thread(runnable).start());
        assertTrue(inside.await(5, TimeUnit.SECONDS));
        EntrixException busy = assertThrows(EntrixException.class, () -> admission.admit(() -> "late"));
        assertEquals("SALE_BUSY", busy.code());
        assertEquals(EntrixException.Kind.UNAVAILABLE, busy.kind());
        leave.countDown();
        first.get(5, TimeUnit.SECONDS);
        assertThrows(IllegalStateException.class, () -> admission.admit(() -> {
            throw new IllegalStateException("sold out");
        }));
        assertEquals("next", admission.admit(() -> "next"), "the failed move released its turn");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
