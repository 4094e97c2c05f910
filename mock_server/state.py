"""The per-app state, kept in ``app.extensions["mavi_mock"]`` (never in a module global)."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from flask import current_app

from .config import MockConfig
from .contract import Contract
from .journal import Journal
from .scenarios import Scenario, ScenarioState
from .store import Asset, Store

EXTENSION = "mavi_mock"


@dataclass
class MockState:
    config: MockConfig
    contract: Contract
    store: Store
    scenarios: ScenarioState
    journal: Journal
    #: Serialised success bodies by (model, content key, code style): vectors are pure, so a
    #: body, once made, is the answer for every later request for the same content.
    vector_cache: dict[tuple[str, str, str], bytes] = field(default_factory=dict)
    #: Assets this process has read, by id (``fastpath.py``): an asset never changes once stored,
    #: so an entry stays true until a reset or a declared vector, which change the generation.
    asset_cache: dict[str, Asset] = field(default_factory=dict)
    asset_cache_generation: tuple[int, int] = (-1, -1)
    cache_lock: threading.Lock = field(default_factory=threading.Lock)

    def reset(self) -> None:
        """Forget uploads and signed URLs, the journal, rate counters, scripts, lifecycles and
        run-time scenario changes (``POST /__mock/reset`` and the pytest plugin both call this).

        The scenario is written first: on a full disk that is what fails (``StoreFull``), before
        anything is forgotten. Once it is written, every worker's asset cache drops what it
        read (the new control file changes their cache generation), and this one's caches are
        dropped whatever happens, so that none serves an asset the store no longer holds.
        """
        try:
            self.scenarios.write(Scenario.from_config(self.config), scripts=False)
            self.store.reset()
            self.journal.clear()
        finally:
            with self.cache_lock:
                self.vector_cache.clear()
                self.asset_cache.clear()


def state() -> MockState:
    mock: MockState = current_app.extensions[EXTENSION]
    return mock
