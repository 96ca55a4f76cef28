package io.passerelle.hub.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which lease holders a hub may take over at start, without waiting for their leases. */
class HubInstanceTest {

    private final HubInstance instance = new HubInstance();
    /** "@host", as this machine's instances write it. */
    private final String machine = instance.id().substring(instance.id().indexOf('@'), instance.id().indexOf('/'));
    private final long pid = ProcessHandle.current().pid();

    @Test
    void aProcessOfThisMachineThatHasEndedIsDead() {
        assertThat(instance.knownDead("999999999" + machine + "/a-run")).isTrue();
    }

    @Test
    void aProcessOfThisMachineThatIsAliveIsNot() {
        long parent = ProcessHandle.current().parent().orElseThrow().pid();
        assertThat(instance.knownDead(parent + machine + "/its-run")).isFalse();
    }

    @Test
    void aPreviousRunWithThisProcesssPidIsDeadButTheRunningInstancesOfThisJvmAreNot() {
        // As PID 1 in a container: the same pid after a restart, another run.
        assertThat(instance.knownDead(pid + machine + "/a-previous-run")).isTrue();
        assertThat(instance.knownDead(instance.id())).isFalse();
        HubInstance sibling = new HubInstance(); // a second application context in this JVM
        assertThat(instance.knownDead(sibling.id())).isFalse();
        sibling.stopped();
        assertThat(instance.knownDead(sibling.id())).isTrue();
    }

    @Test
    void anotherMachinesHolderOrAnUnreadableOneIsNeverKnownDead() {
        assertThat(instance.knownDead("999999999@another-machine/a-run")).isFalse();
        assertThat(instance.knownDead("someone")).isFalse();
        assertThat(instance.knownDead("x" + machine + "/a-run")).isFalse();
    }
}
