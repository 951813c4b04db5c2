# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""The one way the UI runs work off the GUI thread.

``run`` uses a shared pool (checks, imports: pure functions that may run in
parallel). ``db_run`` uses a single worker so database work is serialized.
``run_network`` is for work that may wait long on another machine
(LanguageTool); ``wait()`` does not wait for it, so closing the window never
waits on a slow server.
Callables receive plain values and return plain values; they never touch a
widget. Results and exceptions come back on the GUI thread through a signal.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

Callback = Callable[[Any], None]


class _Relay(QObject):
    done = Signal(int, object)
    failed = Signal(int, object)


class _Job(QRunnable):
    def __init__(self, job_id: int, fn: Callable[..., Any], args: tuple[Any, ...], relay: _Relay):
        super().__init__()
        self.job_id = job_id
        self.fn = fn
        self.args = args
        self.relay = relay

    def run(self) -> None:  # runs on a pool thread
        try:
            result = self.fn(*self.args)
        except Exception as exc:  # delivered to the GUI thread, shown there
            self.relay.failed.emit(self.job_id, exc)
        else:
            self.relay.done.emit(self.job_id, result)


class Tasks(QObject):
    """Runs callables in the background; owned by the GUI thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.db_pool = QThreadPool(self)
        self.db_pool.setMaxThreadCount(1)
        self.network_pool = QThreadPool(self)
        self._ids = itertools.count(1)
        self._callbacks: dict[int, tuple[Callback | None, Callback | None, QObject | None]] = {}
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_done)
        self._relay.failed.connect(self._on_failed)

    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callback | None = None,
        on_error: Callback | None = None,
        owner: QObject | None = None,
    ) -> int:
        """Run ``fn(*args)`` on the shared pool; return the job id.

        Callbacks are skipped if ``owner`` (or the object a callback is a method
        of) has been deleted by the time the result arrives.
        """
        return self._start(self.pool, fn, args, on_done, on_error, owner)

    def db_run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callback | None = None,
        on_error: Callback | None = None,
        owner: QObject | None = None,
    ) -> int:
        """Run ``fn(*args)`` on the single database worker; return the job id."""
        return self._start(self.db_pool, fn, args, on_done, on_error, owner)

    def run_network(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callback | None = None,
        on_error: Callback | None = None,
        owner: QObject | None = None,
    ) -> int:
        """Run ``fn(*args)`` on the network pool, which ``wait()`` leaves alone; return the id."""
        return self._start(self.network_pool, fn, args, on_done, on_error, owner)

    def _start(
        self,
        pool: QThreadPool,
        fn: Callable[..., Any],
        args: tuple[Any, ...],
        on_done: Callback | None,
        on_error: Callback | None,
        owner: QObject | None,
    ) -> int:
        job_id = next(self._ids)
        self._callbacks[job_id] = (on_done, on_error, owner)
        pool.start(_Job(job_id, fn, args, self._relay))
        return job_id

    def pending(self) -> int:
        """Jobs whose results have not been delivered yet."""
        return len(self._callbacks)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the pool and the database worker are idle (shutdown and tests only).

        Network work is not waited for; ``pending()`` still counts it.
        """
        return self.db_pool.waitForDone(msecs) and self.pool.waitForDone(msecs)

    @Slot(int, object)
    def _on_done(self, job_id: int, result: object) -> None:
        on_done, _, owner = self._callbacks.pop(job_id, (None, None, None))
        if on_done is not None and _alive(owner) and _alive(getattr(on_done, "__self__", None)):
            on_done(result)

    @Slot(int, object)
    def _on_failed(self, job_id: int, error: object) -> None:
        _, on_error, owner = self._callbacks.pop(job_id, (None, None, None))
        if on_error is not None:
            if _alive(owner) and _alive(getattr(on_error, "__self__", None)):
                on_error(error)
        else:
            raise error  # type: ignore[misc]  # surfaces in pytest-qt and the app's excepthook


def _alive(owner: object) -> bool:
    """False for a Qt object deleted meanwhile: a result can arrive after its window closed."""
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)
