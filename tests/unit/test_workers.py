"""The worker pool: jobs for one key run in order, a full pool refuses, a failing job stops nothing else."""

from __future__ import annotations

import threading
import time

import pytest

from chatbot.workers import Busy, Workers


def test_jobs_for_one_key_run_one_after_another_in_the_order_given() -> None:
    workers, done = Workers("test", threads=4), []

    def job(n: int) -> None:
        time.sleep(0.001 * (n % 3))  # uneven lengths: a pool that ran them side by side would reorder them
        done.append(n)

    for n in range(20):
        workers.submit("draft", lambda n=n: job(n))
    assert workers.drain(5) and done == list(range(20))


def test_jobs_for_different_keys_run_side_by_side() -> None:
    workers, both, met = Workers("test", threads=2), threading.Barrier(2, timeout=5), []
    workers.submit("a", lambda: met.append(both.wait()))
    workers.submit("b", lambda: met.append(both.wait()))  # the barrier breaks if the two ran one after the other
    assert workers.drain(10) and sorted(met) == [0, 1]


def test_a_full_pool_refuses_new_work_and_takes_it_again_once_there_is_room() -> None:
    workers, gate = Workers("test", threads=1, limit=2), threading.Event()
    workers.submit("a", lambda: gate.wait(5) and None)
    workers.submit("b", lambda: None)
    with pytest.raises(Busy):
        workers.submit("c", lambda: None)
    gate.set()
    assert workers.drain(5)
    workers.submit("c", lambda: None)
    assert workers.drain(5) and workers.waiting() == 0


def test_a_failing_job_does_not_stop_the_jobs_queued_behind_it(caplog: pytest.LogCaptureFixture) -> None:
    workers, done = Workers("test", threads=1), []

    def fails() -> None:
        raise ValueError("Amelia Nowak")  # what a job's content could be: never logged

    workers.submit("draft", fails)
    workers.submit("draft", lambda: done.append("after"))
    assert workers.drain(5) and done == ["after"]
    assert "ValueError" in caplog.text and "Amelia" not in caplog.text


def test_a_key_is_held_while_its_job_runs_and_let_go_after() -> None:
    workers, started, gate = Workers("test", threads=1), threading.Event(), threading.Event()

    def job() -> None:
        started.set()
        gate.wait(5)

    workers.submit("draft", job)
    assert started.wait(5) and workers.holds("draft") and not workers.holds("other")
    gate.set()
    assert workers.drain(5) and not workers.holds("draft")
