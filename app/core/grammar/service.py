# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""``GrammarService``: grammar findings from LanguageTool that never raise and never hang.

Thread contract: ``status()`` never blocks and may be called from the GUI
thread. Everything else may block (network, starting Java, downloading) and
belongs on a worker thread; several workers may call ``check`` at once.
No method raises for a LanguageTool problem: results and statuses carry a
plain reason instead (only the caller's own ``progress`` callback can raise
through a call). Offsets are code points of the text passed in.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from app.core.grammar.chunks import Chunk, split_into_chunks
from app.core.grammar.client import Engine, describe
from app.core.grammar.config import GrammarConfig, GrammarMode
from app.core.grammar.errors import Cancelled, GrammarUnavailable, TextTooLong, explain
from app.core.grammar.local import (
    DOWNLOAD_SIZE_WORDS,
    CancelFlag,
    Progress,
    check_java,
    download_languagetool,
    installed_version,
)
from app.core.grammar.merge import apply_quote_policy
from app.core.model import Finding
from app.core.quotes import quote_spans

UNAVAILABLE = "Grammar check unavailable"
FIRST_BACKOFF = 10.0
MAX_BACKOFF = 300.0
MIN_CHUNK_UNITS = 200
OFF_REASON = (
    "grammar checking is off (choose local or server in Preferences, or set COPYDESK_LANGUAGETOOL)"
)


class GrammarState(StrEnum):
    """What the service is doing, for the status bar and Preferences."""

    OFF = "off"  # grammar checking is switched off
    IDLE = "idle"  # not tried yet; the first check connects or starts LanguageTool
    STARTING = "starting"  # connecting to the server or starting LanguageTool
    DOWNLOADING = "downloading"  # downloading LanguageTool (local mode, with consent)
    READY = "ready"  # the last request succeeded
    NEEDS_DOWNLOAD = "needs_download"  # local mode: ask the user, then prepare(allow_download=True)
    UNAVAILABLE = "unavailable"  # the last attempt failed; see reason and retry_in


@dataclass(frozen=True, slots=True)
class GrammarStatus:
    """A snapshot. ``retry_in`` is the seconds until the service tries again by itself,
    None when it will not (only ``retry_now()`` or new settings help)."""

    state: GrammarState
    reason: str | None = None
    retry_in: float | None = None

    @property
    def message(self) -> str:
        """One line for the status bar."""
        if self.reason:
            return f"{UNAVAILABLE}: {self.reason}"
        return _STATE_WORDS[self.state]


_STATE_WORDS = {
    GrammarState.OFF: "Grammar check off",
    GrammarState.IDLE: "Grammar check not started",
    GrammarState.STARTING: "Grammar check starting…",
    GrammarState.DOWNLOADING: "Downloading LanguageTool…",
    GrammarState.READY: "Grammar check ready",
    GrammarState.NEEDS_DOWNLOAD: f"{UNAVAILABLE}: LanguageTool is not downloaded",
    GrammarState.UNAVAILABLE: UNAVAILABLE,
}


@dataclass(frozen=True, slots=True)
class GrammarResult:
    """Either findings, or the reason there are none, or a cancelled check (no findings)."""

    findings: tuple[Finding, ...] = ()
    unavailable_reason: str | None = None
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        return self.unavailable_reason is None and not self.cancelled

    @property
    def message(self) -> str | None:
        """``Grammar check unavailable: <reason>`` when unavailable, else None."""
        return f"{UNAVAILABLE}: {self.unavailable_reason}" if self.unavailable_reason else None


class GrammarService:
    """Grammar findings for one configuration; make a new one when the settings change."""

    def __init__(self, config: GrammarConfig, *, clock: Callable[[], float] = time.monotonic):
        self.config = config
        self._clock = clock
        self._lock = threading.Lock()  # guards the fields below; never held while blocking
        self._engine_lock = threading.Lock()  # one start-up at a time
        self._engine: Engine | None = None
        self._closed = False
        self._state = GrammarState.IDLE if config.enabled else GrammarState.OFF
        self._reason: str | None = None
        self._retry_at: float | None = None
        self._backoff = FIRST_BACKOFF
        self._max_units = max(config.max_chunk_units, MIN_CHUNK_UNITS)
        self._where = describe(config)
        if config.enabled and config.problem:
            self._fail(GrammarUnavailable(config.problem, retry=False))

    def status(self) -> GrammarStatus:
        """Where things stand; never blocks."""
        with self._lock:
            retry_in = None
            if self._retry_at is not None:
                retry_in = max(0.0, self._retry_at - self._clock())
            return GrammarStatus(self._state, self._reason, retry_in)

    def retry_now(self) -> None:
        """Forget the last failure so that the next call tries at once (a "Retry" button)."""
        with self._lock:
            if self._state in (GrammarState.UNAVAILABLE, GrammarState.NEEDS_DOWNLOAD):
                self._state, self._reason, self._retry_at = GrammarState.IDLE, None, None
            self._backoff = FIRST_BACKOFF

    def prepare(
        self,
        *,
        allow_download: bool | None = None,
        progress: Progress | None = None,
        cancel: CancelFlag | None = None,
    ) -> GrammarStatus:
        """Connect to the server, or start LanguageTool here (downloading it if allowed).

        ``allow_download`` overrides the configuration's consent (the UI passes
        True once the user agreed); ``progress(done_bytes, total_bytes)`` reports
        the download and ``cancel`` stops it. Ignores the back-off: this is the
        user asking. Returns the status afterwards.
        """
        if not self.config.enabled:
            return self.status()
        self.retry_now()
        consent = self.config.allow_download if allow_download is None else allow_download
        try:
            self._ensure_engine(consent, progress, cancel)
            self._succeed()
        except GrammarUnavailable as exc:
            self._fail(exc)
        except Cancelled:
            self._note_cancel()
        return self.status()

    def check(
        self,
        text: str,
        *,
        quotes: Sequence[tuple[int, int]] | None = None,
        disabled_lt_rules: Collection[str] = (),
        progress: Progress | None = None,
        cancel: CancelFlag | None = None,
    ) -> GrammarResult:
        """Grammar findings for ``text`` (code-point offsets), under the house quote policy.

        ``quotes`` are the direct-quote spans (default: ``quote_spans(text)``).
        ``disabled_lt_rules`` are LanguageTool rule ids a house pack switches
        off (``lt.`` prefix optional). Long texts go in paragraph-aligned
        chunks; ``progress(done, total)`` counts chunks, and ``cancel`` is
        checked between them (a request under way finishes or times out first).
        While the service is backing off after a failure, returns the reason
        at once without contacting LanguageTool.
        """
        if not self.config.enabled:
            return GrammarResult(unavailable_reason=OFF_REASON)
        blocked = self._blocked()
        if blocked is not None:
            return GrammarResult(unavailable_reason=blocked)
        try:
            engine = self._ensure_engine(self.config.allow_download, None, cancel)
            findings = self._check_chunks(engine, text, disabled_lt_rules, progress, cancel)
        except Cancelled:
            self._note_cancel()
            return GrammarResult(cancelled=True)
        except GrammarUnavailable as exc:
            self._fail(exc)
            return GrammarResult(unavailable_reason=exc.reason)
        self._succeed()
        spans = quote_spans(text) if quotes is None else quotes
        return GrammarResult(findings=tuple(apply_quote_policy(findings, spans)))

    def check_paragraph(
        self,
        paragraph: str,
        offset: int,
        *,
        quotes: Sequence[tuple[int, int]] | None = None,
        disabled_lt_rules: Collection[str] = (),
        cancel: CancelFlag | None = None,
    ) -> GrammarResult:
        """``check`` for one edited paragraph that starts at ``offset`` in the document.

        Findings come back in document offsets. ``quotes`` are the document's
        quote spans (a quote may begin in an earlier paragraph); without them
        the paragraph's own quotes are used.
        """
        local = None
        if quotes is not None:
            end = offset + len(paragraph)
            local = [
                (max(s, offset) - offset, min(e, end) - offset)
                for s, e in quotes
                if s < end and e > offset
            ]
        result = self.check(
            paragraph, quotes=local, disabled_lt_rules=disabled_lt_rules, cancel=cancel
        )
        shifted = tuple(
            replace(f, start=f.start + offset, end=f.end + offset) for f in result.findings
        )
        return replace(result, findings=shifted)

    def close(self) -> None:
        """Stop a local LanguageTool; later calls report the service as stopped."""
        with self._lock:
            self._closed = True
            engine, self._engine = self._engine, None
        if engine is not None:
            engine.close()

    def _check_chunks(
        self,
        engine: Engine,
        text: str,
        disabled: Collection[str],
        progress: Progress | None,
        cancel: CancelFlag | None,
    ) -> list[Finding]:
        queue = [c for c in split_into_chunks(text, self._max_units) if not c.blank]
        done, findings = 0, list[Finding]()
        while queue:
            if progress is not None:
                progress(done, done + len(queue))
            if cancel is not None and cancel.is_set():
                raise Cancelled
            chunk = queue.pop(0)
            try:
                found = self._request(engine, chunk, disabled)
            except TextTooLong as exc:
                queue[:0] = self._smaller(chunk, exc.limit)
                continue
            findings += [
                replace(f, start=f.start + chunk.start, end=f.end + chunk.start) for f in found
            ]
            done += 1
        if progress is not None:
            progress(done, done)
        return findings

    def _request(self, engine: Engine, chunk: Chunk, disabled: Collection[str]) -> list[Finding]:
        try:
            return engine.check(chunk.text, disabled)
        except TextTooLong:
            raise
        except Exception as exc:
            self._drop_engine(engine)
            raise explain(exc, self._where, self.config.timeout_seconds) from exc

    def _smaller(self, chunk: Chunk, limit: int) -> list[Chunk]:
        """Pieces of ``chunk`` under a server's stated limit (a tenth kept in reserve)."""
        with self._lock:
            self._max_units = min(self._max_units, int(limit * 0.9))
            units = self._max_units
        if units < MIN_CHUNK_UNITS:
            raise GrammarUnavailable(
                f"{self._where} accepts only {limit} characters at a time, too few to check prose"
            )
        return [c for c in split_into_chunks(chunk.text, units, chunk.start) if not c.blank]

    def _ensure_engine(
        self, consent: bool, progress: Progress | None, cancel: CancelFlag | None
    ) -> Engine:
        with self._engine_lock:
            with self._lock:
                if self._closed:
                    raise GrammarUnavailable("grammar checking was stopped", retry=False)
                if self._engine is not None:
                    return self._engine
            engine = self._start(consent, progress, cancel)
            with self._lock:
                if not self._closed:
                    self._engine = engine
                    return engine
            engine.close()
            raise GrammarUnavailable("grammar checking was stopped", retry=False)

    def _start(self, consent: bool, progress: Progress | None, cancel: CancelFlag | None) -> Engine:
        config = self.config
        if config.problem:
            raise GrammarUnavailable(config.problem, retry=False)
        self._set_state(GrammarState.STARTING)
        if config.mode is GrammarMode.LOCAL:
            config = replace(config, languagetool_version=self._install(consent, progress, cancel))
        try:
            return Engine(config)
        except Exception as exc:
            raise explain(exc, self._where, config.timeout_seconds) from exc

    def _install(self, consent: bool, progress: Progress | None, cancel: CancelFlag | None) -> str:
        """The LanguageTool version to run: installed already, or downloaded now if allowed."""
        wanted = self.config.languagetool_version
        found = installed_version(wanted)
        check_java(found or wanted)
        if found is not None:
            return found
        if not consent:
            raise GrammarUnavailable(
                f"LanguageTool is not on this computer yet; it is a download of "
                f"{DOWNLOAD_SIZE_WORDS}, which needs your agreement",
                retry=False,
                needs_download=True,
            )
        self._set_state(GrammarState.DOWNLOADING)
        download_languagetool(
            wanted,
            url=self.config.download_url,
            progress=progress,
            cancel=cancel,
            timeout=self.config.timeout_seconds,
        )
        self._set_state(GrammarState.STARTING)
        return wanted

    def _drop_engine(self, engine: Engine) -> None:
        # A failed engine is not reused: the next attempt connects or starts afresh.
        with self._lock:
            if self._engine is engine:
                self._engine = None
        engine.close()

    def _blocked(self) -> str | None:
        with self._lock:
            if self._closed:
                return "grammar checking was stopped"
            if self._state is GrammarState.NEEDS_DOWNLOAD:
                return self._reason
            waiting = self._retry_at is None or self._clock() < self._retry_at
            if self._state is GrammarState.UNAVAILABLE and waiting:
                return self._reason
        return None

    def _note_cancel(self) -> None:
        """A cancelled download leaves LanguageTool to be downloaded; a cancelled check, nothing."""
        if self.status().state is GrammarState.DOWNLOADING:
            cancelled = "the LanguageTool download was cancelled"
            self._fail(GrammarUnavailable(cancelled, retry=False, needs_download=True))

    def _set_state(self, state: GrammarState) -> None:
        with self._lock:
            self._state, self._reason = state, None

    def _succeed(self) -> None:
        with self._lock:
            self._state, self._reason, self._retry_at = GrammarState.READY, None, None
            self._backoff = FIRST_BACKOFF

    def _fail(self, exc: GrammarUnavailable) -> None:
        with self._lock:
            self._reason = exc.reason
            if exc.needs_download:
                self._state, self._retry_at = GrammarState.NEEDS_DOWNLOAD, None
            elif exc.retry:
                self._state = GrammarState.UNAVAILABLE
                self._retry_at = self._clock() + self._backoff
                self._backoff = min(self._backoff * 2, MAX_BACKOFF)
            else:
                self._state, self._retry_at = GrammarState.UNAVAILABLE, None
