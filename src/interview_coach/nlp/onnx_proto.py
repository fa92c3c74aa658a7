"""Just enough of the ONNX protobuf format to write a model file, without the ``onnx`` package.

Field numbers are those of onnx.proto (ModelProto, GraphProto, NodeProto, AttributeProto,
TensorProto, ValueInfoProto, TypeProto, TensorShapeProto, OperatorSetIdProto). Messages are written
in the protobuf wire format: varints (type 0), fixed32 floats (type 5) and length-delimited bytes
(type 2); repeated scalars unpacked, which every parser accepts.
"""

from __future__ import annotations

import struct

import numpy as np

# TensorProto.DataType
FLOAT, UINT8, INT8, INT32, INT64, BOOL, FLOAT16 = 1, 2, 3, 6, 7, 9, 10
_NP_TYPES = {np.dtype("float32"): FLOAT, np.dtype("uint8"): UINT8, np.dtype("int8"): INT8,
             np.dtype("int32"): INT32, np.dtype("int64"): INT64, np.dtype("bool"): BOOL,
             np.dtype("float16"): FLOAT16}
# AttributeProto.AttributeType
_A_FLOAT, _A_INT, _A_STRING, _A_TENSOR, _A_FLOATS, _A_INTS = 1, 2, 3, 4, 6, 7


def _varint(value: int) -> bytes:
    if value < 0:
        value += 1 << 64
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def _key(field: int, wire: int) -> bytes:
    return _varint(field << 3 | wire)


def _int(field: int, value: int) -> bytes:
    return _key(field, 0) + _varint(int(value))


def _float(field: int, value: float) -> bytes:
    return _key(field, 5) + struct.pack("<f", value)


def _bytes(field: int, value: bytes | str) -> bytes:
    if isinstance(value, str):
        value = value.encode("utf-8")
    return _key(field, 2) + _varint(len(value)) + value


class External:
    """Tensor data kept beside the model in one file (``location``), each tensor at an offset aligned
    to 64 KiB so that onnxruntime can map it from the file instead of copying it into memory."""

    ALIGN = 1 << 16

    def __init__(self, location: str, min_bytes: int = 1 << 20):
        self.location, self.min_bytes = location, min_bytes
        self.chunks: list[bytes] = []
        self.size = 0

    def add(self, raw: bytes) -> int:
        pad = -self.size % self.ALIGN
        self.chunks += [bytes(pad), raw]
        self.size += pad + len(raw)
        return self.size - len(raw)


def tensor(name: str, array: np.ndarray, external: External | None = None) -> bytes:
    array = np.ascontiguousarray(array)
    out = b"".join(_int(1, d) for d in array.shape) + _int(2, _NP_TYPES[np.dtype(array.dtype.name)])
    out += _bytes(8, name)
    raw = array.astype(array.dtype.newbyteorder("<"), copy=False).tobytes()  # raw_data is little-endian
    if external is None or len(raw) < external.min_bytes:
        return out + _bytes(9, raw)
    offset = external.add(raw)
    for key, value in (("location", external.location), ("offset", str(offset)), ("length", str(len(raw)))):
        out += _bytes(13, _bytes(1, key) + _bytes(2, value))  # StringStringEntryProto
    return out + _int(14, 1)  # data_location = EXTERNAL


def attribute(name: str, value) -> bytes:
    out = _bytes(1, name)
    if isinstance(value, bool) or isinstance(value, (int, np.integer)):
        return out + _int(3, int(value)) + _int(20, _A_INT)
    if isinstance(value, float):
        return out + _float(2, value) + _int(20, _A_FLOAT)
    if isinstance(value, (str, bytes)):
        return out + _bytes(4, value) + _int(20, _A_STRING)
    if isinstance(value, np.ndarray):
        return out + _bytes(5, tensor("", value)) + _int(20, _A_TENSOR)
    values = list(value)
    if values and all(isinstance(v, float) for v in values):
        return out + b"".join(_float(7, v) for v in values) + _int(20, _A_FLOATS)
    return out + b"".join(_int(8, v) for v in values) + _int(20, _A_INTS)


def node(op: str, inputs: list[str], outputs: list[str], name: str = "", domain: str = "", **attrs) -> bytes:
    out = b"".join(_bytes(1, i) for i in inputs) + b"".join(_bytes(2, o) for o in outputs)
    out += _bytes(3, name or outputs[0]) + _bytes(4, op)
    out += b"".join(_bytes(5, attribute(k, v)) for k, v in attrs.items())
    return out + (_bytes(7, domain) if domain else b"")


def value_info(name: str, elem_type: int, shape: list[int | str]) -> bytes:
    dims = b"".join(_bytes(1, _bytes(2, d) if isinstance(d, str) else _int(1, d)) for d in shape)
    tensor_type = _int(1, elem_type) + _bytes(2, dims)
    return _bytes(1, name) + _bytes(2, _bytes(1, tensor_type))


def model(nodes: list[bytes], initializers: list[bytes], inputs: list[bytes], outputs: list[bytes],
          opsets: dict[str, int], name: str = "graph", producer: str = "", ir_version: int = 8) -> bytes:
    graph = b"".join(_bytes(1, n) for n in nodes) + _bytes(2, name)
    graph += b"".join(_bytes(5, t) for t in initializers)
    graph += b"".join(_bytes(11, i) for i in inputs) + b"".join(_bytes(12, o) for o in outputs)
    out = _int(1, ir_version) + _bytes(2, producer)
    out += b"".join(_bytes(8, (_bytes(1, dom) if dom else b"") + _int(2, ver)) for dom, ver in opsets.items())
    return out + _bytes(7, graph)
