"""What a HAR 1.2 document must hold (the spec's required fields, by type), for the recording's
and the proxy's tests."""

from __future__ import annotations

from typing import Any


def assert_valid_har(document: Any) -> list[dict[str, Any]]:
    """The fields HAR 1.2 requires (http://www.softwareishard.com/blog/har-12-spec/), by type;
    returns the entries."""
    log = document["log"]
    assert log["version"] == "1.2"
    assert isinstance(log["creator"]["name"], str) and isinstance(log["creator"]["version"], str)
    assert isinstance(log["entries"], list)
    for entry in log["entries"]:
        assert isinstance(entry["startedDateTime"], str) and entry["startedDateTime"].endswith("Z")
        assert isinstance(entry["time"], int | float) and entry["time"] >= 0
        assert entry["cache"] == {}
        for phase in ("send", "wait", "receive"):
            assert isinstance(entry["timings"][phase], int | float)
        request, response = entry["request"], entry["response"]
        for part in (request, response):
            assert isinstance(part["httpVersion"], str)
            assert part["cookies"] == []
            assert all(set(h) == {"name", "value"} for h in part["headers"])
            assert part["headersSize"] == -1 and isinstance(part["bodySize"], int)
        assert isinstance(request["method"], str) and request["url"].startswith("http")
        assert all(set(q) == {"name", "value"} for q in request["queryString"])
        if "postData" in request:
            assert isinstance(request["postData"]["mimeType"], str)
            assert "text" in request["postData"] or "params" in request["postData"]
        assert isinstance(response["status"], int) and isinstance(response["statusText"], str)
        content = response["content"]
        assert isinstance(content["size"], int) and isinstance(content["mimeType"], str)
        assert isinstance(response["redirectURL"], str)
    return list(log["entries"])
