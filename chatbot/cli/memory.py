"""Fewer malloc arenas: memory freed by one listener thread is reused by the next instead of kept per thread."""

from __future__ import annotations

import ctypes
import ctypes.util
import os

M_ARENA_MAX = -8  # glibc's mallopt parameter (malloc.h)
ARENAS = 2  # ten 48 MP photos on ten threads peaked at 1,406 MB with glibc's default (8 per core), 606 MB with 2


def limit_malloc_arenas() -> bool:
    """Ask glibc for at most ARENAS malloc arenas, unless the operator set MALLOC_ARENA_MAX. True when it took.

    glibc gives each new thread its own arena up to eight per core, and keeps what a photo's decoding freed in
    that thread's arena: with a pool of listener threads the process grows with every thread that saw a photo."""
    if os.environ.get("MALLOC_ARENA_MAX"):
        return False
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name or "libc.so.6")
        return bool(libc.mallopt(M_ARENA_MAX, ARENAS))
    except (OSError, AttributeError):  # not glibc (musl, macOS): their allocators do not keep per-thread arenas
        return False
