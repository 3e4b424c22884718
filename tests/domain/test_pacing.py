"""Checkpoints of background work call the gate of the thread they run on, and only there."""

from __future__ import annotations

import threading

from pos_app.domain.pacing import checkpoint, paced


def test_a_checkpoint_without_a_gate_goes_straight_on() -> None:
    checkpoint()  # nothing installed: nothing to wait for


def test_a_checkpoint_calls_the_gate_of_its_own_thread_only() -> None:
    calls: list[str] = []
    elsewhere = threading.Thread(target=checkpoint)

    with paced(lambda: calls.append("here")):
        checkpoint()
        elsewhere.start()
        elsewhere.join()
        with paced(lambda: calls.append("inner")):
            checkpoint()
        checkpoint()
    checkpoint()

    assert calls == ["here", "inner", "here"]
