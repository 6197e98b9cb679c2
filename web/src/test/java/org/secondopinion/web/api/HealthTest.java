package org.secondopinion.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;
import org.secondopinion.web.api.HealthResource.Health;

class HealthTest {

    @Test
    void upOnlyWhenEveryReadinessCheckIsUpAndNamesTheOneDown() {
        assertThat(Health.of(up("database"), up("fileStore"), up("migrations")))
                .isEqualTo(new Health("UP", "UP", "UP", "UP"));
        assertThat(Health.of(up("database"), down("fileStore"), up("migrations")))
                .isEqualTo(new Health("DOWN", "UP", "DOWN", "UP"));
        assertThat(Health.of(down("database"), up("fileStore"), down("migrations")))
                .isEqualTo(new Health("DOWN", "DOWN", "UP", "DOWN"));
    }

    @Test
    void livenessIsUpWithoutDeadlock() {
        HealthCheckResponse live = new ProcessLiveness().call();

        assertThat(live.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(live.getName()).isEqualTo("deadlocks");
    }

    @Test
    void livenessIsDownWhileTwoThreadsAreDeadlocked() throws Exception {
        ReentrantLock first = new ReentrantLock();
        ReentrantLock second = new ReentrantLock();
        CountDownLatch bothHoldOne = new CountDownLatch(2);
        Thread one = deadlocking(first, second, bothHoldOne);
        Thread other = deadlocking(second, first, bothHoldOne);
        try {
            one.start();
            other.start();
            bothHoldOne.await(5, TimeUnit.SECONDS);
            HealthCheckResponse live = null;
            for (int tries = 0; tries < 50; tries++) {
                live = new ProcessLiveness(ManagementFactory.getThreadMXBean()).call();
                if (live.getStatus() == HealthCheckResponse.Status.DOWN) {
                    break;
                }
                Thread.sleep(20);
            }
            assertThat(live.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
            assertThat(live.getData()).hasValueSatisfying(data -> assertThat(data).containsEntry("deadlockedThreads", 2L));
        } finally {
            one.interrupt();
            other.interrupt();
            one.join(5000);
            other.join(5000);
        }
        assertThat(new ProcessLiveness().call().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
    }

    private static Thread deadlocking(ReentrantLock own, ReentrantLock wanted, CountDownLatch bothHoldOne) {
        Thread thread = new Thread(() -> {
            own.lock();
            try {
                bothHoldOne.countDown();
                bothHoldOne.await();
                wanted.lockInterruptibly();
                wanted.unlock();
            } catch (InterruptedException released) {
                Thread.currentThread().interrupt();
            } finally {
                own.unlock();
            }
        });
        thread.setDaemon(true);
        return thread;
    }

    private static HealthCheckResponse up(String name) {
        return new HealthCheckResponse(name, HealthCheckResponse.Status.UP, Optional.empty());
    }

    private static HealthCheckResponse down(String name) {
        return new HealthCheckResponse(name, HealthCheckResponse.Status.DOWN, Optional.empty());
    }
}
