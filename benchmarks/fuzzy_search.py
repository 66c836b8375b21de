"""Fuzzy search across 2,000,000 words (100,000 sentences) against a bare rapidfuzz pass.

Run: ``python -m benchmarks.fuzzy_search [--sentences N] [--repeats R]``.

The corpus is generated: Indonesian-like words drawn from a fixed vocabulary, 20 per
sentence, grouped into 50 transcripts. Both sides score the same sentences in the same
process, with the same threshold and limit:

- baseline: ``rapidfuzz.process.extract(query, sentences, scorer=fuzz.partial_ratio,
  score_cutoff=threshold, limit=limit)``, nothing else;
- Telaah: :meth:`app.analysis.search.SearchIndex.fuzzy` on an index built once beforehand
  (folding the query and every sentence for spelling variants, scoring, then aligning
  each hit to whole words and cutting its context).

Prints the median time of each over the queries and repeats, and their ratio. Targets
(GUIDE.md): Telaah ≤ 0.3 s and ≤ 2 × the baseline.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time

from rapidfuzz import fuzz, process

from app.analysis.search import (
    DEFAULT_FUZZY_LIMIT,
    DEFAULT_FUZZY_THRESHOLD,
    SearchIndex,
    SearchText,
)

WORDS_PER_SENTENCE = 20
TRANSCRIPTS = 50
QUERIES = (
    "kinerja pegawai belum maksimal",  # present, spelled as in the corpus
    "kinerdja pegawai beloem maksimal",  # old spelling
    "pelayanan kepada pelaku umkm",  # present
    "anggaran pelatihan terbatas",  # present with a typo below
    "angaran pelatihan terbatass",
    "sosialisasi",  # one word
)
_SYLLABLES = ("ka", "ki", "ku", "ke", "ma", "mi", "na", "ni", "ta", "ti", "sa", "si", "ra",
              "la", "ba", "da", "ga", "pe", "per", "an", "kan", "nya", "ng", "tu", "lu")
_PHRASES = ("kinerja pegawai belum maksimal", "pelayanan kepada pelaku umkm",
            "anggaran pelatihan terbatas", "sosialisasi program")


def build_corpus(sentence_count: int, seed: int = 2024) -> list[str]:
    chooser = random.Random(seed)
    vocabulary = ["".join(chooser.choice(_SYLLABLES) for _ in range(chooser.randint(2, 4)))
                  for _ in range(20_000)]
    sentences = []
    for number in range(sentence_count):
        words = chooser.choices(vocabulary, k=WORDS_PER_SENTENCE)
        if number % 997 == 0:  # a few real hits, spread through the corpus
            phrase = _PHRASES[number % len(_PHRASES)].split()
            words[3 : 3 + len(phrase)] = phrase
        sentences.append(" ".join(words[:WORDS_PER_SENTENCE]).capitalize() + ".")
    return sentences


def _median_seconds(function, repeats: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=5)
    arguments = parser.parse_args(argv)

    sentences = build_corpus(arguments.sentences)
    words = sum(len(sentence.split()) for sentence in sentences)
    per_text = -(-len(sentences) // TRANSCRIPTS)
    texts = [
        SearchText(source_id=number, title=f"T{number}", informant=None,
                   text=" ".join(sentences[number * per_text : (number + 1) * per_text]))
        for number in range(TRANSCRIPTS)
    ]
    started = time.perf_counter()
    index = SearchIndex(texts)
    build_seconds = time.perf_counter() - started
    print(f"corpus: {words:,} words in {len(sentences):,} sentences, {TRANSCRIPTS} texts; "
          f"index built once in {build_seconds:.2f} s ({len(index.passages):,} passages)")

    baseline_times, telaah_times = [], []
    for query in QUERIES:
        baseline = _median_seconds(lambda query=query: process.extract(
            query, sentences, scorer=fuzz.partial_ratio, score_cutoff=DEFAULT_FUZZY_THRESHOLD,
            limit=DEFAULT_FUZZY_LIMIT), arguments.repeats)
        ours = _median_seconds(lambda query=query: index.fuzzy(query), arguments.repeats)
        hits = len(index.fuzzy(query))
        baseline_times.append(baseline)
        telaah_times.append(ours)
        print(f"  {query!r:40} baseline {baseline:6.3f} s   telaah {ours:6.3f} s   "
              f"{hits} hits")
    baseline_median = statistics.median(baseline_times)
    telaah_median = statistics.median(telaah_times)
    ratio = telaah_median / baseline_median
    print(f"median baseline (bare rapidfuzz extract): {baseline_median:.3f} s")
    print(f"median telaah fuzzy search:               {telaah_median:.3f} s")
    print(f"ratio telaah / baseline:                  {ratio:.2f}  (target <= 2, and <= 0.3 s)")


if __name__ == "__main__":
    main()
