"""amity.nlp.embed: shapes, normalisation, the cache, similarity and awkward inputs."""

from __future__ import annotations

import numpy as np
import pytest

from amity.errors import ConfigError
from amity.nlp import embed
from amity.nlp.embed import DIM, Encoder, clean_text


@pytest.fixture(scope="module")
def enc() -> Encoder:
    return Encoder(cache_size=4)


def test_shape_dtype_and_unit_norm(enc: Encoder) -> None:
    vecs = enc.encode(["hello there", "a second, longer sentence about cats", "x"])
    assert vecs.shape == (3, DIM)
    assert vecs.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-5)


def test_empty_sequence_gives_empty_matrix(enc: Encoder) -> None:
    assert enc.encode([]).shape == (0, DIM)


def test_batched_equals_single_and_order_is_kept(enc: Encoder) -> None:
    texts = ["short", "a much longer sentence that needs padding in a batch", "mid length one"]
    batch = enc.encode(texts)
    for i, t in enumerate(texts):
        single = Encoder(cache_size=0).encode_one(t) if i == 0 else enc.encode_one(t)
        assert float(single @ batch[i]) > 0.999
    assert float(batch[0] @ batch[1]) < 0.99


def test_similarity_ordering(enc: Encoder) -> None:
    a, b, c = enc.encode(["I love my dog", "my puppy is great", "tax forms are due"])
    assert float(a @ b) > float(a @ c) + 0.2


def test_cache_hits_and_lru_eviction() -> None:
    e = Encoder(cache_size=2)
    first = e.encode_one("cached sentence")
    assert e.cache_hits == 0
    again = e.encode_one("cached sentence")
    assert e.cache_hits == 1
    np.testing.assert_array_equal(first, again)
    e.encode(["one", "two"])  # evicts "cached sentence"
    assert "cached sentence" not in e._cache
    assert len(e._cache) == 2
    e.encode_one("cached sentence")
    assert e.cache_hits == 1


def test_returned_array_is_writable_and_does_not_corrupt_cache() -> None:
    e = Encoder(cache_size=8)
    v = e.encode_one("mutable?")
    v[:] = 0.0
    assert np.linalg.norm(e.encode_one("mutable?")) == pytest.approx(1.0, abs=1e-5)


@pytest.mark.parametrize(
    "text",
    ["", "   ", "😂😂😂🎉", "\ud800 broken surrogate \udfff", "Ich bin sehr müde. 今日は疲れた。",
     "word " * 20_000],
)
def test_awkward_inputs_give_finite_unit_vectors(enc: Encoder, text: str) -> None:
    v = enc.encode_one(text)
    assert v.shape == (DIM,)
    assert np.isfinite(v).all()
    assert np.linalg.norm(v) == pytest.approx(1.0, abs=1e-5)


def test_long_text_is_truncated_not_rejected(enc: Encoder) -> None:
    base = "the cat sat on the mat and looked at the birds outside. " * 40
    a, b = enc.encode([base, base + "completely unrelated tail about tax forms " * 2000])
    assert float(a @ b) > 0.999  # the tail lies past the 256-token window


def test_clean_text_replaces_surrogates() -> None:
    assert clean_text("a\ud800b") == "a?b"
    with pytest.raises(TypeError):
        clean_text(b"bytes")  # type: ignore[arg-type]


def test_encode_rejects_a_bare_string(enc: Encoder) -> None:
    with pytest.raises(TypeError):
        enc.encode("not a list")


def test_missing_model_file_is_a_config_error(tmp_path) -> None:  # noqa: ANN001
    with pytest.raises(ConfigError, match="missing"):
        Encoder(model_path=tmp_path / "nope.onnx")


def test_module_level_default_is_shared() -> None:
    v = embed.encode_one("hello")
    assert embed.default_encoder() is embed.default_encoder()
    np.testing.assert_allclose(embed.encode(["hello"])[0], v, atol=1e-6)
