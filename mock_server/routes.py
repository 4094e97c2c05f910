"""The provider's routes, built from the contract's operations (operationId → handler), as
stripe-mock builds its router from the spec.

- The API: a Blueprint under the base path whose ``before_request`` is the pipeline
  (``pipeline.py``); one rule per operation, its method and path as the contract declares them.
- An operation with its own server (the storage behind signed URLs, ``servers: [{url: /}]``)
  is not the API: it is served at that server's path, without the pipeline (no key, no
  envelope).

A path parameter of the API takes any characters, slashes included (``<path:...>``), so that an
asset id with a slash gets the contract's 400 from its handler rather than a routing 404.
``handlers.HANDLERS`` must name exactly the contract's operations (tests/test_pipeline.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from flask import Blueprint, Response

from .config import BASE_PATH
from .contract import Contract
from .handlers import HANDLERS, Handler
from .pipeline import pipeline
from .state import state

_PARAMETER = re.compile(r"\{([^}]+)\}")


def blueprints(contract: Contract) -> list[Blueprint]:
    """The API's Blueprint and the storage's, one rule per operation of ``contract``."""
    missing = set(contract.operations) ^ set(HANDLERS)
    if missing:
        raise RuntimeError(f"operations and handlers differ: {', '.join(sorted(missing))}")
    api = Blueprint("api", __name__, url_prefix=BASE_PATH)
    api.before_request(pipeline)
    storage = Blueprint("storage", __name__)
    for op in contract.operations.values():
        outside = op.server is not None
        rule = _PARAMETER.sub(r"<\1>" if outside else r"<path:\1>", op.path)
        where = storage if outside else api
        prefix = (op.server or "").rstrip("/")
        where.add_url_rule(
            prefix + rule,
            op.operation_id,
            _view(HANDLERS[op.operation_id]),
            methods=[op.method],
            provide_automatic_options=False,
        )
    return [api, storage]


def _view(handler: Handler) -> Callable[..., Response]:
    def view(**_: Any) -> Response:
        return handler(state())

    view.__name__ = handler.__name__
    return view
