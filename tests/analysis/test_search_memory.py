"""The kept search index holds little besides the texts (issue 19: the GUI keeps it all
session): its folded passages take about what the texts take, and a search keeps nothing
new; the passages it scores are the same as folding each one."""

from __future__ import annotations

import gc
import random
import tracemalloc

from app.analysis.search import SearchIndex, SearchText, passage_spans
from app.analysis.spelling_variants import fold

WORDS = ("pelayanan", "kantor", "antrean", "Petugas", "tidak", "jalan", "menjalankan",
         "UMKM", "pelatihan", "kurang", "sudah", "cepat", "Kabupaten", "dinas")


def _texts(count: int, words: int, seed: int = 19) -> list[SearchText]:
    generator = random.Random(seed)
    texts = []
    for number in range(count):
        sentences = []
        for _ in range(words // 10):
            sentence = " ".join(generator.choice(WORDS) for _ in range(10))
            sentences.append(sentence[0].upper() + sentence[1:] + generator.choice(".!?"))
        texts.append(SearchText(source_id=number + 1, title=f"W{number}", informant=None,
                                text="\n".join(sentences)))
    return texts


def test_the_index_takes_about_what_its_texts_take_and_a_search_keeps_nothing() -> None:
    texts = _texts(20, 20_000)
    characters = sum(len(text.text) for text in texts)
    SearchIndex(texts[:1]).fuzzy("pelayanan")  # numpy and rapidfuzz loaded before counting
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        index = SearchIndex(texts)
        built = tracemalloc.get_traced_memory()[0]
        # One string per passage took twice the text (49 bytes of header each).
        assert built - before < 1.5 * characters
        assert index.fuzzy("pelayananan") and index.search("Antrean", mode="fuzzy")
        gc.collect()
        searched = tracemalloc.get_traced_memory()[0]
        # No lower-cased copy of the texts stays behind (it was 1.0 times the text).
        assert searched - built < 0.1 * characters
    finally:
        tracemalloc.stop()


def test_the_scored_passages_are_each_passage_folded() -> None:
    texts = [*_texts(3, 300, seed=7),
             # A passage holding the join character itself is kept on its own.
             SearchText(source_id=90, title="nul", informant=None,
                        text="Pelayanan\x00kantor cepat. Antrean panjang sekali!"),
             SearchText(source_id=91, title="empty", informant=None, text="   \n  "),
             SearchText(source_id=92, title="accents", informant=None,
                        text="Café déjà vu. Naïve Ümlaut? Straße.")]
    index = SearchIndex(texts)
    expected = [fold(text.text[start:end]) for text in texts
                for start, end in passage_spans(text.text)]
    assert index.folded == expected
    assert len(index.passages) == len(expected)
    assert [hit.source_id for hit in index.fuzzy("panjang sekali")] == [90]
    assert [hit.source_id for hit in index.fuzzy("deja vu")] == [92]
