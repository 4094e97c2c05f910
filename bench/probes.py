"""Probes of how a server copes with hard clients, shared by `make bench` and the tests.

- ``slow_clients``: connections that trickle a request body or their headers are held open
  while normal requests are timed.
- ``upload_memory``: how much a big upload raises the memory of the server's whole process tree.
"""

from __future__ import annotations

import contextlib
import re
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx

KEY = "sk-8483027fe3abfe535f6ae01a9979b4f7"
SEED = {"asset_id": "re_657745568997527552", "model": "multimodalembedding@001"}
MIB = 1024 * 1024


@dataclass
class SlowClientResult:
    held: int  # slow connections open while the probes ran
    latencies: list[float]  # seconds per probe; inf where it failed or timed out

    @property
    def answered(self) -> int:
        return sum(1 for t in self.latencies if t != float("inf"))

    @property
    def worst(self) -> float:
        return max(self.latencies)


def slow_clients(
    host: str,
    port: int,
    *,
    bodies: int = 200,
    headers: int = 200,
    probes: int = 20,
    timeout: float = 1.0,
) -> SlowClientResult:
    """Hold ``bodies`` connections trickling an upload body and ``headers`` connections
    trickling their headers, then send ``probes`` normal requests (the seed's, each on a new
    connection) and time each; a probe that fails or takes over ``timeout`` counts as inf."""
    slow: list[socket.socket] = []
    stop = threading.Event()
    try:
        for _ in range(bodies):
            sock = socket.create_connection((host, port), timeout=5)
            sock.sendall(
                b"POST /serve/api/v2/upload HTTP/1.1\r\nHost: x\r\nAuthorization: " + KEY.encode()
                + b"\r\nContent-Type: multipart/form-data; boundary=b\r\n"
                + b"Content-Length: 1000000\r\n\r\n--b\r\n"
            )  # fmt: skip
            slow.append(sock)
        for _ in range(headers):
            sock = socket.create_connection((host, port), timeout=5)
            sock.sendall(b"GET /serve/api/v2/re_657745568997527552/metadata HTTP/1.1\r\n")
            slow.append(sock)

        def trickle() -> None:
            while not stop.wait(0.5):
                for sock in slow:
                    with contextlib.suppress(OSError):
                        sock.send(b"X")

        threading.Thread(target=trickle, daemon=True).start()
        time.sleep(0.5)
        latencies = []
        for _ in range(probes):
            start = time.perf_counter()
            try:
                answer = httpx.post(
                    f"http://{host}:{port}/serve/api/v2/embeddings/video",
                    json=SEED,
                    headers={"Authorization": KEY},
                    timeout=timeout,
                )
                ok = answer.status_code == 200
            except httpx.HTTPError:
                ok = False
            elapsed = time.perf_counter() - start
            latencies.append(elapsed if ok and elapsed <= timeout else float("inf"))
        return SlowClientResult(len(slow), latencies)
    finally:
        stop.set()
        for sock in slow:
            sock.close()


def processes() -> tuple[dict[int, int], dict[int, int]]:
    """Every process's parent and resident memory (KiB), by pid, from /proc."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            status = (entry / "status").read_text()
        except OSError:
            continue
        pid = int(entry.name)
        parent = re.search(r"PPid:\s+(\d+)", status)
        size = re.search(r"VmRSS:\s+(\d+)", status)
        parents[pid] = int(parent.group(1)) if parent else 0
        rss[pid] = int(size.group(1)) if size else 0
    return parents, rss


def tree_rss_mib(root: int) -> float:
    """The resident memory of a process and all its descendants, in MiB."""
    parents, rss = processes()
    tree, grew = {root}, True
    while grew:
        grew = False
        for pid, parent in parents.items():
            if parent in tree and pid not in tree:
                tree.add(pid)
                grew = True
    return sum(rss.get(pid, 0) for pid in tree) / 1024


def _multipart(size: int, boundary: str) -> tuple[int, Iterator[bytes]]:
    head = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.mp4"\r\n'
        "Content-Type: video/mp4\r\n\r\n"
    ).encode()
    tail = f"\r\n--{boundary}--\r\n".encode()
    chunk = bytes(range(256)) * 4096  # 1 MiB

    def parts() -> Iterator[bytes]:
        yield head
        sent = 0
        while sent < size:
            piece = chunk[: min(len(chunk), size - sent)]
            sent += len(piece)
            yield piece
        yield tail

    return len(head) + size + len(tail), parts()


def upload_memory(base_url: str, root_pid: int, size: int = 256 * MIB) -> tuple[float, int]:
    """Upload ``size`` bytes as one file, streamed; (peak MiB above the start, HTTP status)."""
    before = tree_rss_mib(root_pid)
    peak = before
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.wait(0.02):
            peak = max(peak, tree_rss_mib(root_pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    length, body = _multipart(size, "bigupload")
    try:
        answer = httpx.post(
            base_url + "/upload",
            content=body,
            headers={
                "Authorization": KEY,
                "Content-Type": "multipart/form-data; boundary=bigupload",
                "Content-Length": str(length),
            },
            timeout=300,
        )
    finally:
        done.set()
        sampler.join()
    return peak - before, answer.status_code
