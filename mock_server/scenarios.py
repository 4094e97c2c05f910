"""How the mock misbehaves for the whole server: the scenario, and the draws that pick faults.

(Per request, the ``Prefer`` header asks for more: ``prefer.py``; the connection-level faults
themselves are made by ``transport.py``.) The ``Scenario`` is set from the configuration at
start-up and changed at run time through ``PUT /__mock/scenario``. It lives in ``control.json``
in the data directory, so that every worker process sees a change at once (each request costs
one ``stat`` to notice it).

Every random choice (latency, transport fault, gateway answer, injected failure) is a pure
function of the seed, the request's place in the sequence and what is being chosen
(``Draws``). The place comes from a counter that every worker shares (``sequence.py``) and that
each scenario change (start, ``PUT /__mock/scenario``, reset) sets back to zero. So the same
seed and the same sequence of requests give the same faults whatever the number of workers;
"the same sequence" is the same requests in the same order, each sent after the answer to the
one before (requests in flight together take their places in the order they reach the mock).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from .config import SCENARIO_SETTINGS, MockConfig, ScenarioSettings
from .disk import StoreFull, no_room
from .sequence import FileLock, SharedCounter
from .settings import format_rate

__all__ = ["SCENARIO_KEYS", "Draws", "Scenario", "ScenarioState", "format_rate"]

#: The keys of ``GET``/``PUT /__mock/scenario``: what ``to_json`` gives, ``updated`` takes.
SCENARIO_KEYS = tuple(s.key for s in SCENARIO_SETTINGS)
_BY_KEY = {s.key: s for s in SCENARIO_SETTINGS}


@dataclass(frozen=True)
class Scenario(ScenarioSettings):
    """The scenario in force: the settings of ``config.ScenarioSettings``, read and written with
    that table's rows (the same parsers as the environment's and the flags')."""

    @classmethod
    def from_config(cls, config: MockConfig) -> Scenario:
        return cls(**{s.name: getattr(config, s.name) for s in SCENARIO_SETTINGS})

    def to_json(self) -> dict[str, Any]:
        return {s.key: s.to_json(getattr(self, s.name)) for s in SCENARIO_SETTINGS}

    def updated(self, changes: dict[str, Any]) -> Scenario:
        """A copy with the changes of a ``PUT /__mock/scenario`` body; ValueError if invalid."""
        values: dict[str, Any] = {}
        for key, value in changes.items():
            if (row := _BY_KEY.get(key)) is None:
                raise ValueError(
                    f"unknown scenario setting {key!r}; the settings are {', '.join(SCENARIO_KEYS)}"
                )
            values[row.name] = row.from_json(value)
        return dataclasses.replace(self, **values)


class Draws:
    """The random choices of one request: ``uniform(purpose)`` is a pure function of the seed,
    the request's place in the shared sequence (taken at its first draw) and ``purpose``.

    ``BLAKE2b(f"{seed}:{place}:{purpose}", 8 bytes)`` read as a big-endian integer over 2**64.
    """

    def __init__(self, seed: int, counter: SharedCounter) -> None:
        self._seed = seed
        self._counter = counter
        self.place: int | None = None

    def uniform(self, purpose: str) -> float:
        if self.place is None:
            self.place = self._counter.next()
        digest = hashlib.blake2b(
            f"{self._seed}:{self.place}:{purpose}".encode(), digest_size=8
        ).digest()
        return int.from_bytes(digest, "big") / 2**64

    def latency_seconds(self, scenario: Scenario) -> float:
        low, high = scenario.latency
        if high <= 0:
            return 0.0
        if low == high:
            return low / 1000
        return (low + (high - low) * self.uniform("latency")) / 1000


class ScenarioState:
    """The current scenario, shared through a file, and the shared sequence its draws use.

    ``fresh``: this is the mock starting (the master process, or an in-process app), so the
    scenario is the configuration's and the sequence starts again; a granian worker attaches to
    what its master wrote instead. Changes are made under a lock that every worker shares
    (``control.lock``), from the file as it is, so two workers' changes never undo each other.
    """

    def __init__(self, path: Path, initial: Scenario, *, fresh: bool = True) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._stamp: tuple[int, int, int] | None = None
        self._scenario = initial
        #: Whether scripts or lifecycles may be set (``scripts.py``), kept in the same file.
        self._scripts = False
        self._changes = 0
        self._file_lock = FileLock(path.with_name("control.lock"))
        self.sequence = SharedCounter(path.with_name("draws.seq"))
        #: Counts declared vectors (``touch``), for the caches of assets.
        self._assets = SharedCounter(path.with_name("assets.gen"))
        if fresh or self._file_stamp() is None:
            self.write(initial, scripts=False)
        else:
            self.current()

    @property
    def generation(self) -> tuple[int, int]:
        """Changes to shared state this process has seen (scenario changes, resets, declared
        vectors): caches of shared state compare it to know they must be dropped."""
        return self._changes, self._assets.peek()

    @property
    def scripts(self) -> bool:
        """Whether scripted answers or asset lifecycles may be set (``scripts.py``), as the
        control file said at this process's last ``current()``."""
        return self._scripts

    def _file_stamp(self) -> tuple[int, int, int] | None:
        try:
            st = os.stat(self.path)
        except FileNotFoundError:
            return None
        return (st.st_mtime_ns, st.st_ino, st.st_size)

    def current(self) -> Scenario:
        stamp = self._file_stamp()
        if stamp == self._stamp or stamp is None:
            return self._scenario
        with self._lock:
            try:
                data = json.loads(self.path.read_text())
                scripts = bool(data.pop("scripts", False))
                scenario = Scenario(**{**data, "latency": tuple(data["latency"])})
            except (OSError, ValueError, TypeError, KeyError):
                return self._scenario  # a half-written file: keep what we had
            self._scenario, self._scripts, self._stamp = scenario, scripts, stamp
            self._changes += 1
            return scenario

    def _replace(self, scenario: Scenario, *, scripts: bool = False, restart: bool = True) -> None:
        """A new file (a new inode and mtime: every worker's ``stat`` notices it), and the draws
        start again from its seed (unless ``restart`` is False). Written only once the scenario
        is known to serialize, as the file and as the answers that show it (orjson's limits):
        ValueError, and no change, if not."""
        try:
            text = orjson.dumps({**dataclasses.asdict(scenario), "scripts": scripts})
            orjson.dumps(scenario.to_json())
        except orjson.JSONEncodeError as exc:
            raise ValueError(f"the scenario cannot be stored: {exc}") from None
        tmp = self.path.with_suffix(f".{os.getpid()}.{threading.get_ident()}.tmp")
        try:
            tmp.write_bytes(text)
            os.replace(tmp, self.path)
        except OSError as exc:  # a full disk: the scenario in force stays (a 503 envelope)
            tmp.unlink(missing_ok=True)
            if no_room(exc):
                raise StoreFull(self.path.parent, exc) from exc
            raise
        self._scenario, self._scripts, self._stamp = scenario, scripts, self._file_stamp()
        self._changes += 1
        if restart:
            self.sequence.restart(0)

    def write(self, scenario: Scenario, *, scripts: bool | None = None) -> None:
        """Atomically replace the shared scenario; the draws start again from its seed. The
        scripts flag stays as the file holds it now (scripts and lifecycles set stay in force),
        unless ``scripts`` is given (False: a start or a reset, which forget them)."""
        with self._file_lock:
            if scripts is None:
                self.current()
                scripts = self._scripts
            with self._lock:
                self._replace(scenario, scripts=scripts)

    def change(self, changes: dict[str, Any]) -> Scenario:
        """Apply a ``PUT /__mock/scenario`` body to the scenario as the file holds it now, under
        the shared lock; the new scenario (ValueError, and no change, if a value is invalid)."""
        with self._file_lock:
            self.current()
            updated = self._scenario.updated(changes)
            with self._lock:
                self._replace(updated, scripts=self._scripts)
            return updated

    def mark_scripts(self, decide: Callable[[], bool]) -> None:
        """Say in the control file whether scripts or lifecycles may be set: ``decide()``, asked
        under the shared lock (so that a script stored before it is never unmarked). The
        scenario and its draws stay as they are."""
        with self._file_lock:
            self.current()
            scripts = decide()
            if scripts != self._scripts:
                with self._lock:
                    self._replace(self._scenario, scripts=scripts, restart=False)

    def touch(self) -> None:
        """Tell every worker that an asset's vector changed (their asset caches drop what they
        read); the scenario and its sequence stay as they are."""
        self._assets.next()

    def draws(self, scenario: Scenario) -> Draws:
        return Draws(scenario.seed, self.sequence)
